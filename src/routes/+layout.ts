// Everything is static: the app runs from files on the device, with no server behind it.
export const prerender = true;
export const ssr = true;
// Every page is a folder with an index.html (/casus/ → casus/index.html), which every static file
// server finds without configuration; links and navigations end in a slash.
export const trailingSlash = 'always';
