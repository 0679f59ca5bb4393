import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import NotitieKopieren from '$lib/components/rapport/NotitieKopieren.svelte';

const TEKST = 'Notitie voor ParnasSys\nLeerling: RP (9 jaar)\nToelichting: <b>blijft tekst</b>';
const props = { tekst: TEKST, systeem: 'ParnasSys', onderwerp: 'Stap 2: collegiale consultatie' };

describe('NotitieKopieren', () => {
	it('zet de notitie op het klembord en zegt "Gekopieerd"', async () => {
		const user = userEvent.setup();
		render(NotitieKopieren, { props });
		await user.click(
			screen.getByRole('button', {
				name: 'Notitie voor ParnasSys kopiëren: Stap 2: collegiale consultatie'
			})
		);
		expect(await navigator.clipboard.readText()).toBe(TEKST);
		expect(screen.getByRole('status')).toHaveTextContent(
			'Gekopieerd: de notitie over Stap 2: collegiale consultatie staat op het klembord. Plak hem in ParnasSys.'
		);
		expect(screen.queryByRole('textbox')).toBeNull();
	});

	it('mag het klembord niet: de tekst staat geselecteerd in een veld om zelf te kopiëren', async () => {
		const user = userEvent.setup();
		vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
			new DOMException('Write permission denied.', 'NotAllowedError')
		);
		render(NotitieKopieren, { props });
		await user.click(screen.getByRole('button', { name: /Notitie voor ParnasSys kopiëren/ }));
		expect(screen.getByRole('status')).toHaveTextContent(/mag hier niet.*Ctrl\+C/);
		const veld = screen.getByRole<HTMLTextAreaElement>('textbox', {
			name: 'Notitie voor ParnasSys (Stap 2: collegiale consultatie)'
		});
		expect(veld).toHaveValue(TEKST);
		expect(veld).toHaveAttribute('readonly');
		expect(veld).toHaveFocus();
		expect([veld.selectionStart, veld.selectionEnd]).toEqual([0, TEKST.length]);
	});
});
