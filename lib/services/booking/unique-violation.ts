import "server-only";

type KnownError = { code?: unknown; constraint?: unknown; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: unknown; index?: unknown } } } } };

/**
 * True when `error` is a unique-constraint violation (P2002) on a constraint
 * that includes `column` (database column name, e.g. "idempotency_key").
 * Prisma reports the columns in `meta.target`, or through the driver adapter;
 * `pg` (lib/db/sql.ts) reports SQLSTATE 23505 and the constraint's name.
 */
export function isUniqueViolation(error: unknown, column: string): boolean {
  if (!error || typeof error !== "object") return false;
  const { code, constraint: pgConstraint } = error as KnownError;
  if (code === "23505") return typeof pgConstraint === "string" && pgConstraint.includes(`_${column}_`);
  if (code !== "P2002") return false;
  const meta = (error as KnownError).meta;
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  const fields = [meta?.target, constraint?.fields, constraint?.index].flat().filter((f): f is string => typeof f === "string");
  const camel = column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  return fields.some((f) => f === column || f === camel || f.includes(`_${column}_`));
}
