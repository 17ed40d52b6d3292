/**
 * Every piece of inkjs the tools reach past its public Story API for, in one
 * place: the engine classes (deep imports), the private fields the explorer
 * reads and writes, and the text of the one error it tells apart. These were
 * read from the inkjs source of INKJS_VERSION; tests/tools/inkInternals.test.ts
 * fails when another version is installed, so an upgrade starts here.
 *
 * inkjs's engine modules require each other in a cycle that only resolves when
 * Story is loaded first, so the classes are imported from here, not from inkjs.
 */
import 'inkjs/engine/Story';
import type { Story } from 'inkjs/engine/Story';
import type { StoryState } from 'inkjs/engine/StoryState';
import type { StatePatch } from 'inkjs/engine/StatePatch';
import type { InkObject } from 'inkjs/engine/Object';
import type { Container as ContainerType } from 'inkjs/engine/Container';
import type { VariablesState as VariablesStateType } from 'inkjs/engine/VariablesState';
export { Container } from 'inkjs/engine/Container';
export { ControlCommand } from 'inkjs/engine/ControlCommand';
export { VariableReference } from 'inkjs/engine/VariableReference';
export { ChoicePoint } from 'inkjs/engine/ChoicePoint';
export { Divert } from 'inkjs/engine/Divert';
export {
  BoolValue,
  DivertTargetValue,
  FloatValue,
  IntValue,
  ListValue,
  StringValue,
  VariablePointerValue,
} from 'inkjs/engine/Value';
export { NativeFunctionCall } from 'inkjs/engine/NativeFunctionCall';
export { VariableAssignment } from 'inkjs/engine/VariableAssignment';
export { Glue } from 'inkjs/engine/Glue';
export { Tag } from 'inkjs/engine/Tag';
export { PushPopType } from 'inkjs/engine/PushPop';
export { VariablesState } from 'inkjs/engine/VariablesState';
export { Void } from 'inkjs/engine/Void';
export { Pointer } from 'inkjs/engine/Pointer';

/** The inkjs version whose internals this module describes. */
export const INKJS_VERSION = '2.4.0';

/** Story methods the explorer wraps on an instance to see what inkjs does not keep. */
export interface StoryHooks {
  PerformLogicAndFlowControl: (o: InkObject | null) => boolean;
  VisitChangedContainersDueToDivert: () => void;
  VisitContainer: (container: ContainerType, atStart: boolean) => void;
}

export interface StoryInternals extends StoryHooks {
  /** The live state; the copy restore swaps it for a fresh copy per branch. */
  _state: StoryState;
}

export interface StateInternals {
  _patch: StatePatch | null;
  _visitCounts: Map<string, number>;
  _turnIndices: Map<string, number>;
  _evaluationStack: InkObject[];
}

export interface VariablesInternals {
  _globalVariables: Map<string, InkObject>;
  _defaultGlobalVariables: Map<string, InkObject>;
  variableChangedEventCallbacks: unknown[];
}

export const storyInternals = (story: Story): StoryInternals => story as unknown as StoryInternals;
export const stateInternals = (state: StoryState): StateInternals => state as unknown as StateInternals;
export const variablesInternals = (vars: VariablesStateType): VariablesInternals =>
  vars as unknown as VariablesInternals;

/**
 * inkjs forgets a safe exit by the time Continue returns; running out of
 * content is the one stop it reports (as this error), so any other stop was
 * END or DONE.
 */
export const isRanOutOfContent = (error: string): boolean => error.includes('ran out of content');
