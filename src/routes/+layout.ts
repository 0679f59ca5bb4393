// Everything is static: the app runs from files on the device, with no server behind it.
export const prerender = true;
export const ssr = true;
