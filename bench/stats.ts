/**
 * Shared pieces of the benchmarks: the result rows, medians, and the printed table.
 *
 * These are measurements, not tests: nothing here compares a figure with a limit to pass or
 * fail. A budget may be printed beside a figure, for the reader.
 */

/** One line of the table and of `bench/results.json`. */
export interface Result {
	/** Stable key, e.g. `statechart.stap`; use it to compare runs. */
	id: string;
	/** What was measured, as printed in the table (Dutch, like the README). */
	label: string;
	/** The median of `runs` runs (or the one value when `runs` is 1). */
	median: number;
	unit: Unit;
	/** Lowest and highest of the runs: the noise of this machine. */
	min: number;
	max: number;
	runs: number;
	note?: string;
}

export type Unit = 'µs' | 'ms' | 'KiB' | 'MiB' | '×' | 'bestanden';

export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error('median of no values');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A result row from the values of several runs. */
export function summarise(
	id: string,
	label: string,
	unit: Unit,
	values: readonly number[],
	note?: string
): Result {
	// Four significant digits: more would only be noise in results.json.
	const round = (value: number) => Number(value.toPrecision(4));
	return {
		id,
		label,
		median: round(median(values)),
		unit,
		min: round(Math.min(...values)),
		max: round(Math.max(...values)),
		runs: values.length,
		...(note ? { note } : {})
	};
}

/** A figure with as many decimals as its size deserves. */
export function formatNumber(value: number): string {
	const abs = Math.abs(value);
	const decimals = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
	return value.toLocaleString('en-US', {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	});
}

/** The results as an aligned text table (also pasted into README.md). */
export function formatTable(results: readonly Result[]): string {
	const header = ['meting', 'mediaan', 'min – max', 'runs', 'opmerking'];
	const rows = results.map((r) => [
		r.label,
		`${formatNumber(r.median)} ${r.unit}`,
		r.runs > 1 ? `${formatNumber(r.min)} – ${formatNumber(r.max)}` : '',
		String(r.runs),
		r.note ?? ''
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
	// Numbers right-aligned, text left-aligned; the last column is not padded.
	const right = [false, true, true, true, false];
	const line = (cells: string[]) =>
		cells
			.map((cell, i) =>
				i === cells.length - 1
					? cell
					: right[i]
						? cell.padStart(widths[i]!)
						: cell.padEnd(widths[i]!)
			)
			.join('  ')
			.trimEnd();
	const rule = widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? 9 : w)).join('  ');
	return [line(header), rule, ...rows.map(line)].join('\n');
}
