/**
 * TODAY() and NOW() on the runtime's virtual clock, in the spreadsheet time zone.
 * HyperFormula's own versions read the host clock in the host zone; an engine built with
 * `functionPlugins: [...HyperFormula.getAllFunctionPlugins(), clockFunctions(clock)]` uses these
 * instead (later plugins win), without touching HyperFormula's global registry.
 */
import { CellValueDetailedType, FunctionPlugin } from 'hyperformula';
import type { FunctionPluginDefinition, ImplementedFunctions } from 'hyperformula';
import { serialFromInstant } from './dates';

export interface FormulaClock {
  nowMs(): number;
  timeZone(): string;
}

interface FunctionCall {
  args: unknown[];
}

/** A plugin class bound to one runtime's clock and spreadsheet. */
export function clockFunctions(clock: FormulaClock): FunctionPluginDefinition {
  const nowSerial = (): number => serialFromInstant(clock.nowMs(), clock.timeZone());

  class VirtualClockFunctions extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = {
      TODAY: {
        method: 'today',
        parameters: [],
        isVolatile: true,
        returnNumberType: CellValueDetailedType.NUMBER_DATE,
      },
      NOW: {
        method: 'now',
        parameters: [],
        isVolatile: true,
        returnNumberType: CellValueDetailedType.NUMBER_DATETIME,
      },
    };

    today(ast: FunctionCall, state: unknown): unknown {
      return this.runFunction(ast.args as never, state as never, this.metadata('TODAY'), () =>
        Math.floor(nowSerial()),
      );
    }

    now(ast: FunctionCall, state: unknown): unknown {
      return this.runFunction(ast.args as never, state as never, this.metadata('NOW'), nowSerial);
    }
  }
  return VirtualClockFunctions as unknown as FunctionPluginDefinition;
}
