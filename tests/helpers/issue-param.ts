/** One param of any issue, for tests that list one field across issues of several codes. */
import type { Issue } from '../../src/domain/issue';

/** The named param of an issue (undefined when its code has no such param). */
export const param = (issue: Pick<Issue, 'params'>, key: string): unknown => (issue.params as Readonly<Record<string, unknown>>)[key];
