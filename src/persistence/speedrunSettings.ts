/** Speedrun mode's settings: the LiveSplit Server bridge is off until the runner switches it on. */
import { z } from 'zod';

export interface SpeedrunSettings {
  liveSplit: boolean;
}

export const DEFAULT_SPEEDRUN_SETTINGS: SpeedrunSettings = { liveSplit: false };

export const speedrunSettingsSchema: { [K in keyof SpeedrunSettings]: z.ZodType<SpeedrunSettings[K]> } = {
  liveSplit: z.boolean(),
};
