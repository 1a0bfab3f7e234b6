/** A message table: one function per issue code, params in, text out. */
import type { Issue } from '../../domain/issue';

export type MessageTable = Record<string, (params: Issue['params']) => string>;
