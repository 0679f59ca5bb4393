/** Served by the Vite plugin in `scripts/vrije-dagen.ts`. */
declare module 'virtual:vrije-dagen' {
	const vrij: {
		/** First and last year covered. */
		van: number;
		tot: number;
		/** The days that are not werkdagen besides weekends, YYYY-MM-DD, sorted. */
		dagen: string[];
	};
	export default vrij;
}
