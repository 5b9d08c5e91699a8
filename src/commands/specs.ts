/** Every command's table, in the order help lists them: the one source for help, completion and the man page. */
import { spec as now } from './now';
import { spec as next } from './next';
import { spec as schedule } from './schedule';
import { spec as stats } from './stats';
import { spec as changelog } from './changelog';
import { spec as exportSpec } from './export';
import { spec as info } from './info';
import { spec as search } from './search';
import { spec as star } from './star';
import { spec as unstar } from './unstar';
import { spec as hide } from './hide';
import { spec as unhide } from './unhide';
import { spec as mine } from './mine';
import { spec as remind } from './remind';
import { spec as changes } from './changes';
import { spec as board } from './board';
import { spec as show } from './show';
import { spec as completion } from './completion';
import { spec as help } from './help';
import type { CommandSpec } from './spec';

export const SPECS: readonly CommandSpec[] = [now, next, schedule, stats, changelog, exportSpec, info, search, show, mine, star, unstar, hide, unhide, remind, changes, board, completion, help];

/** The command `xensummit` runs when none is named. */
export const DEFAULT_COMMAND = 'now';
