// SQLite sorts NULL as the smallest value, PostgreSQL as the largest. So that every query orders its rows the
// same way on both backends, ORDER BY items without an explicit NULLS get SQLite's placement on PostgreSQL:
// NULLS FIRST ascending, NULLS LAST descending.
import {
  OperationNodeTransformer,
  type KyselyPlugin,
  type OrderByItemNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

function isDescending(node: OrderByItemNode): boolean {
  const d = node.direction as { kind?: string; sqlFragments?: readonly string[] } | undefined;
  return !!d && d.kind === 'RawNode' && /\bdesc\b/i.test((d.sqlFragments ?? []).join(' '));
}

class NullsLikeSqlite extends OperationNodeTransformer {
  protected override transformOrderByItem(node: OrderByItemNode, queryId?: Parameters<OperationNodeTransformer['transformOrderByItem']>[1]): OrderByItemNode {
    const out = super.transformOrderByItem(node, queryId);
    if (out.nulls) return out;
    return { ...out, nulls: isDescending(out) ? 'last' : 'first' };
  }
}

export class SqliteNullOrderPlugin implements KyselyPlugin {
  private readonly transformer = new NullsLikeSqlite();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node, args.queryId);
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
