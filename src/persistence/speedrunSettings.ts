/** Speedrun mode's settings: the LiveSplit Server bridge is off until the runner switches it on. */
import type { SectionChecks } from './settingsStore';

export interface SpeedrunSettings {
  liveSplit: boolean;
}

export const DEFAULT_SPEEDRUN_SETTINGS: SpeedrunSettings = { liveSplit: false };

export const speedrunSettingsChecks: SectionChecks<SpeedrunSettings> = {
  liveSplit: (value): value is boolean => typeof value === 'boolean',
};
