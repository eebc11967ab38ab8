/** The add-on's version, shown by Diagnose; a test keeps it equal to package.json's. */
export const ADDON_VERSION = '0.1.0';
