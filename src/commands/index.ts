/** Every command: its table and how it runs. */
import * as now from './now';
import * as next from './next';
import * as schedule from './schedule';
import * as stats from './stats';
import * as changelog from './changelog';
import * as exportCommand from './export';
import * as info from './info';
import * as search from './search';
import * as completion from './completion';
import * as star from './star';
import * as unstar from './unstar';
import * as hide from './hide';
import * as unhide from './unhide';
import * as mine from './mine';
import * as remind from './remind';
import * as changes from './changes';
import * as board from './board';
import * as show from './show';
import type { CommandModule } from './spec';

/** The commands that run against the data; `help` is answered by cli.ts from the tables alone. */
export const COMMANDS: readonly CommandModule<never>[] = [now, next, schedule, stats, changelog, exportCommand, info, search, star, unstar, hide, unhide, mine, remind, changes, board, show, completion] as CommandModule<never>[];
