/** Hands a text to the browser as a file download; nothing leaves the device. */
export function downloaden(tekst: string, naam: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([tekst], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = naam;
	a.hidden = true;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoked after the click has been handled: the download has its own reference by then.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
