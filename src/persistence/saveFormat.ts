/** The save file's name and version, without its schema: what a quick look at a stored save needs. */
export const SAVE_FORMAT = 'undeclared-war-save';
/** 2: the page (with datelines and where the new text starts) is saved as `page`; 1 called it `screen`. */
export const SAVE_VERSION = 2;
