/**
 * When a directeur's sign-off counts (issue 14): choosing "Directeur" under "Je werkt als" and
 * typing a name is a claim anyone can make on any device. A sign-off counts as the directeur's
 * akkoord only when it is signed, the signature verifies, and the team roster knows that key as a
 * directeur. Otherwise it stays in the log and is shown as an unconfirmed claim.
 *
 * A key made on this device proves nothing here about its role: whoever records a sign-off on
 * this device (an IB-er typing the directeur's name after a phone call, or anyone choosing
 * "Directeur") makes or uses a key of this device for that name and role. Such a sign-off counts
 * on the devices that know the key from a roster file, where someone compared its fingerprint;
 * on the device that made the key it stays a claim, with that reason.
 *
 * Beside akkoord-regels.ts and not inside it: those rules decide what may be *recorded* (pure and
 * synchronous, shared with the import); this decides what a recorded sign-off *proves*, which
 * needs WebCrypto and the roster of the device that reads it.
 */
import { ondertekeningStatus, type Ondertekening, type TeamLid } from './ondertekening';
import { rolInZin } from './ondertekening-tekst';

export type AkkoordBevestiging =
	{ bevestigd: true; lid: TeamLid } | { bevestigd: false; reden: string };

export const EIGEN_SLEUTEL_REDEN =
	'ondertekend met een sleutel die op dit apparaat is gemaakt; als akkoord van de directeur telt het op een apparaat dat deze sleutel uit het teambestand kent';

export async function akkoordBevestiging(
	akkoord: { hash?: string; ondertekening?: Ondertekening },
	team: readonly TeamLid[],
	/** The keys made on this device (eigen-sleutel.ts): their role is only claimed here. */
	vanDitApparaat: ReadonlySet<string>
): Promise<AkkoordBevestiging> {
	if (!akkoord.hash || !akkoord.ondertekening)
		return { bevestigd: false, reden: 'niet ondertekend' };
	const s = await ondertekeningStatus(
		{ hash: akkoord.hash, ondertekening: akkoord.ondertekening },
		team
	);
	switch (s.soort) {
		case 'bekend':
			if (s.lid.rol === 'directeur' && vanDitApparaat.has(s.lid.sleutel))
				return { bevestigd: false, reden: EIGEN_SLEUTEL_REDEN };
			return s.lid.rol === 'directeur'
				? { bevestigd: true, lid: s.lid }
				: {
						bevestigd: false,
						reden: `de sleutel is in het team bekend als ${s.lid.naam} (${rolInZin(s.lid.rol)}), niet als directeur`
					};
		case 'onbekend':
			return { bevestigd: false, reden: 'ondertekend met een sleutel die het team niet kent' };
		case 'klopt-niet':
			return { bevestigd: false, reden: 'de handtekening klopt niet' };
		case 'niet':
			return { bevestigd: false, reden: 'niet ondertekend' };
	}
}

/** The sign-off in one line, as every view shows it. */
export function akkoordBevestigingTekst(b: AkkoordBevestiging): string {
	return b.bevestigd
		? `bevestigd: ondertekend door ${b.lid.naam} (directeur), sleutel bekend`
		: `onbevestigde claim (${b.reden})`;
}
