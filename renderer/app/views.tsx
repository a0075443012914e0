/// <reference types="vite/client" />
import type { ComponentType } from 'react';
import { VIEW_IDS, type ViewId } from '../../shared/schema';

/**
 * Each view's component, found by convention from the one list of views (`VIEW_IDS` in shared/schema, which also gives
 * the order, the names and the keys): the view `retro` is `RetroView`, exported by `renderer/retro/RetroView.tsx`.
 * Adding a view is its id in VIEW_IDS, that file, and its name in the catalogue (`common.views.<id>`, en and fr);
 * tests/unit/structure/views.test.ts checks that every view has its component.
 */
const MODULES = import.meta.glob<Record<string, unknown>>('../*/*View.tsx', { eager: true });

export const viewComponentFile = (id: ViewId) => `${id}/${componentName(id)}.tsx`;
export const componentName = (id: ViewId) => `${id[0]!.toUpperCase()}${id.slice(1)}View`;

export const VIEW_COMPONENTS = Object.fromEntries(
  VIEW_IDS.map((id) => {
    const component = MODULES[`../${viewComponentFile(id)}`]?.[componentName(id)];
    if (typeof component !== 'function')
      throw new Error(`The view "${id}" has no component: renderer/${viewComponentFile(id)} must export ${componentName(id)}.`);
    return [id, component as ComponentType];
  }),
) as Record<ViewId, ComponentType>;
