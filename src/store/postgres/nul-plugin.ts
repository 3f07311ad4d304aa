// PostgreSQL text cannot hold U+0000 (SQLite's can): a bound string with a NUL fails the whole statement
// ("invalid byte sequence for encoding UTF8: 0x00"). Stored texts never have one (normalisation drops control
// characters), so a NUL in a filter value or a note becomes U+FFFD: a filter then matches what it would on
// SQLite (nothing), and a note keeps a visible mark where the NUL was.
import {
  OperationNodeTransformer,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';

const clean = (v: unknown): unknown => (typeof v === 'string' && v.includes('\u0000') ? v.replace(/\u0000/g, '\uFFFD') : v);

class NulFree extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode, queryId?: Parameters<OperationNodeTransformer['transformValue']>[1]): ValueNode {
    const out = super.transformValue(node, queryId);
    const v = clean(out.value);
    return v === out.value ? out : { ...out, value: v };
  }
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode, queryId?: Parameters<OperationNodeTransformer['transformPrimitiveValueList']>[1]): PrimitiveValueListNode {
    const out = super.transformPrimitiveValueList(node, queryId);
    return out.values.some((v) => typeof v === 'string' && v.includes('\u0000')) ? { ...out, values: out.values.map(clean) } : out;
  }
}

export class NulFreeTextPlugin implements KyselyPlugin {
  private readonly transformer = new NulFree();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node, args.queryId);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
