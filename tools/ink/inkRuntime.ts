/**
 * The inkjs runtime classes the tools inspect. inkjs's engine modules require
 * each other in a cycle that only resolves when Story is loaded first, so
 * every tool imports them from here rather than from inkjs directly.
 */
import 'inkjs/engine/Story';
export { Container } from 'inkjs/engine/Container';
export { ControlCommand } from 'inkjs/engine/ControlCommand';
export { VariableReference } from 'inkjs/engine/VariableReference';
export { ChoicePoint } from 'inkjs/engine/ChoicePoint';
export { Divert } from 'inkjs/engine/Divert';
export { DivertTargetValue } from 'inkjs/engine/Value';
export { PushPopType } from 'inkjs/engine/PushPop';
export { VariablesState } from 'inkjs/engine/VariablesState';
