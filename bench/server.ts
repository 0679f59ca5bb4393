/**
 * The production build served by `vite preview` on a free port, for the browser benchmarks.
 * The server is started directly (not through npx) and stopped by its own process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const VITE = join(ROOT, 'node_modules/.bin/vite');

/** Starts `vite preview` for the build in `root`; returns its URL and the process. */
export async function startPreview(root: string): Promise<{ url: string; proces: ChildProcess }> {
	const port = await vrijePoort();
	const url = `http://127.0.0.1:${port}/`;
	const proces = spawn(
		VITE,
		['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{ cwd: root, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	try {
		await wachtOpServer(url, proces);
	} catch (fout) {
		await stop(proces);
		throw fout;
	}
	return { url, proces };
}

export function vrijePoort(): Promise<number> {
	return new Promise((res, rej) => {
		const server = createServer();
		server.once('error', rej);
		server.listen(0, '127.0.0.1', () => {
			const adres = server.address();
			const port = typeof adres === 'object' && adres ? adres.port : 0;
			server.close(() => res(port));
		});
	});
}

export async function wachtOpServer(url: string, child: ChildProcess): Promise<void> {
	let uitvoer = '';
	child.stdout?.on('data', (d: Buffer) => (uitvoer += d.toString()));
	child.stderr?.on('data', (d: Buffer) => (uitvoer += d.toString()));
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null)
			throw new Error(`vite preview stopte (code ${child.exitCode}):\n${uitvoer}`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	throw new Error(`vite preview antwoordde niet binnen 30 s op ${url}:\n${uitvoer}`);
}

/** Stops the preview server this module started (by its own process, never by name). */
export async function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const gestopt = new Promise<void>((res) => child.once('exit', () => res()));
	child.kill('SIGTERM');
	const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
	await gestopt;
	clearTimeout(timer);
}
