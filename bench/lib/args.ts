// Command-line options for the benchmarks: `--name value` pairs, nothing more.

/** The value after `--name` in `argv`, or `fallback` when the option is absent. */
export function option(argv: readonly string[], name: string, fallback: string): string {
  const at = argv.indexOf(`--${name}`);
  const value = at >= 0 ? argv[at + 1] : undefined;
  return value ?? fallback;
}

/** A positive integer option; throws a readable message on anything else. */
export function countOption(argv: readonly string[], name: string, fallback: number): number {
  const value = Number(option(argv, name, String(fallback)));
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} expects a positive integer`);
  return value;
}
