import type { HandlerTable, MainServices } from '../handler-table';

/** The application menu follows the renderer's actions (issue 14: one action registry). */
export function menuHandlers(services: MainServices): Pick<HandlerTable, 'setMenuEnabled'> {
  return {
    setMenuEnabled: async ({ items }) => {
      services.menu.setEnabled(items);
      return null;
    },
  };
}
