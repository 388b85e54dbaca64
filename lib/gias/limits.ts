// A national GIAS extract is about 60 MB with every column; the "establishment fields" download
// filtered to open schools, or one trust's, is far smaller. Larger files go through the command line.
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
export const MAX_UPLOAD_TEXT = '25 MB';
// How many rows of each list a preview shows; the counts always cover all of them.
export const PREVIEW_ROWS = 200;
