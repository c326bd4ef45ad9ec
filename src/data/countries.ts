// The 249 officially assigned ISO 3166-1 alpha-2 codes, packed to save bytes in the browser
// bundle: for each first letter A…Z, a base-36 bit mask of the second letters (bit 0 = A).
// test/data/centres.test.ts unpacks it against the plain list. Not Intl.DisplayNames: CLDR also
// names codes that are not ISO 3166-1 (UK, EU, XK, SU, ZZ …) and differs between browsers.
const MASKS =
  'sox2w ybdob 13fegd jznrk jo44 3abk dq22j 10t1c lq8o 153k wkgr4 cepl3 13ycxp kpks5 35s d1hpt 1 3accw 10rw7z o4s18 u4hmp mno5 5mao 0 b8k0 2hzi9'.split(
    ' ',
  );

/** Whether `code` is an assigned ISO 3166-1 alpha-2 country code, in upper case as the standard writes it. */
export const isCountry = (code: string): boolean =>
  /^[A-Z]{2}$/.test(code) && ((parseInt(MASKS[code.charCodeAt(0) - 65], 36) >> (code.charCodeAt(1) - 65)) & 1) === 1;
