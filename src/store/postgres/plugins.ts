// What PostgreSQL needs of every query so that it behaves as the same query on SQLite, as Kysely plugins that
// rewrite the query tree before it is compiled:
// - NULLS: SQLite sorts NULL as the smallest value, PostgreSQL as the largest. ORDER BY items without an explicit
//   NULLS get SQLite's placement: NULLS FIRST ascending, NULLS LAST descending.
// - NUL: PostgreSQL text cannot hold U+0000 (SQLite's can): a bound string with one fails the whole statement
//   ("invalid byte sequence for encoding UTF8: 0x00"). Stored texts never have one (normalisation drops control
//   characters), so a NUL in a filter value or a note becomes U+FFFD: a filter then matches what it would on SQLite
//   (nothing), and a note keeps a visible mark where the NUL was.
import {
  OperationNodeTransformer,
  type KyselyPlugin,
  type OrderByItemNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';

type QueryId = Parameters<OperationNodeTransformer['transformValue']>[1];

function isDescending(node: OrderByItemNode): boolean {
  const d = node.direction as { kind?: string; sqlFragments?: readonly string[] } | undefined;
  return !!d && d.kind === 'RawNode' && /\bdesc\b/i.test((d.sqlFragments ?? []).join(' '));
}

/** A string with U+0000 gets U+FFFD in its place; anything else as it is (also for bulk-insert.ts's JSON). */
export const noNul = (v: unknown): unknown => (typeof v === 'string' && v.includes('\u0000') ? v.replace(/\u0000/g, '\uFFFD') : v);

class LikeSqlite extends OperationNodeTransformer {
  protected override transformOrderByItem(node: OrderByItemNode, queryId?: QueryId): OrderByItemNode {
    const out = super.transformOrderByItem(node, queryId);
    return out.nulls ? out : { ...out, nulls: isDescending(out) ? 'last' : 'first' };
  }
  protected override transformValue(node: ValueNode, queryId?: QueryId): ValueNode {
    const out = super.transformValue(node, queryId);
    const v = noNul(out.value);
    return v === out.value ? out : { ...out, value: v };
  }
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode, queryId?: QueryId): PrimitiveValueListNode {
    const out = super.transformPrimitiveValueList(node, queryId);
    return out.values.some((v) => typeof v === 'string' && v.includes('\u0000')) ? { ...out, values: out.values.map(noNul) } : out;
  }
}

export class SqliteSemanticsPlugin implements KyselyPlugin {
  private readonly transformer = new LikeSqlite();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node, args.queryId);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
