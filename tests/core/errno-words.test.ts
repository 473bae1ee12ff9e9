// Why a file could not be read or written is said from one table (src/errors.ts ERRNO_WORDS): the
// words, then the errno code (`it does not exist (ENOENT)`, `the disk is full (ENOSPC)`). Reading
// and writing each had a table, EACCES and EPERM said in both and a full disk met while reading
// given as its code alone.
import { describe, expect, it } from 'vitest';
import { unreadableReason, writeReason } from '../../src/errors.js';

/** Each code Harbor says in words, and the words (written out here, not read from the table). */
const WORDS: Array<[string, string]> = [
  ['ENOENT', 'it does not exist'],
  ['ENOTDIR', 'a name in its path is a file, not a folder'],
  ['EISDIR', 'it is a folder'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'permission denied'],
  ['EROFS', 'the file system is read-only'],
  ['ELOOP', 'its path has too many symbolic links (a loop)'],
  ['ENOSPC', 'the disk is full'],
  ['EDQUOT', 'the disk quota is used up'],
  ['EFBIG', "the file is larger than this system lets a file be (ulimit -f, or the file system's limit)"],
  ['EIO', 'the device reported an error'],
  ['EMFILE', 'too many files are open in this process'],
  ['ENFILE', 'too many files are open on this system'],
];

describe('one table of errno words, for reading and writing alike', () => {
  it.each(WORDS)('%s: "%s (code)" when reading and when writing', (code, words) => {
    expect(unreadableReason(Object.assign(new Error('x'), { code }))).toBe(`${words} (${code})`);
    expect(writeReason(code)).toBe(`${words} (${code})`);
  });

  it('a code not in the table is given as it is; no code at all says which act failed', () => {
    expect(unreadableReason({ code: 'ESTALE' })).toBe('ESTALE');
    expect(writeReason('ESTALE')).toBe('ESTALE');
    expect(unreadableReason(new Error('x'))).toBe('read failed');
    expect(writeReason(undefined)).toBe('write failed');
  });
});
