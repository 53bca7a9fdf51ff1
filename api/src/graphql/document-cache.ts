import {
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';

/**
 * Parsed and validated documents by query text. Subscribers mostly send the same few queries, so
 * a thousand of them share one document (memory) and validation runs once per query (CPU).
 */
export class DocumentCache {
  private readonly compiled = new Map<string, DocumentNode | readonly GraphQLError[]>();
  private readonly printed = new WeakMap<DocumentNode, string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
    private readonly max = 1000,
  ) {}

  /** The validated document, or the errors that make it invalid. */
  compile(query: string): DocumentNode | readonly GraphQLError[] {
    let entry = this.compiled.get(query);
    if (entry === undefined) {
      try {
        const document = parse(query, { noLocation: true });
        const errors = validate(this.schema, document, [...specifiedRules, ...this.rules]);
        entry = errors.length > 0 ? errors : document;
      } catch (error) {
        entry = [error as GraphQLError];
      }
      if (this.compiled.size >= this.max) this.compiled.delete(this.compiled.keys().next().value!);
      this.compiled.set(query, entry);
    }
    return entry;
  }

  /** A stable text for a document (printed once). */
  text(document: DocumentNode): string {
    let text = this.printed.get(document);
    if (text === undefined) {
      text = print(document);
      this.printed.set(document, text);
    }
    return text;
  }
}
