/** A PDF read back as text with pdf.js, for the tests that print the report. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Every text item of every page, whitespace collapsed (lines wrap wherever the printer likes). */
export async function pdfTekst(pdf: Buffer): Promise<{ paginas: number; tekst: string }> {
	const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
	const delen: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const inhoud = await (await doc.getPage(i)).getTextContent();
		for (const item of inhoud.items) if ('str' in item) delen.push(item.str);
	}
	const paginas = doc.numPages;
	await doc.destroy();
	return { paginas, tekst: delen.join(' ').replace(/\s+/g, ' ') };
}
