import { z } from 'zod';

/**
 * JSON Canvas 1.0 (https://jsoncanvas.org/spec/1.0/), the open format of Obsidian's canvas. Unknown extra
 * fields are allowed (other apps add their own); what the spec requires is checked.
 */

/** A preset colour "1"–"6" (red, orange, yellow, green, cyan, purple) or a hex colour "#RRGGBB". */
export const CanvasColorSchema = z
  .string()
  .regex(/^([1-6]|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})$/, 'a colour must be "1" to "6" or a hex colour like "#RRGGBB"');
export type CanvasColor = z.infer<typeof CanvasColorSchema>;

const finite = (what: string) =>
  z.number({ message: `${what} must be a number` }).refine(Number.isFinite, `${what} must be a finite number`);
const positive = (what: string) => finite(what).refine((v) => v > 0, `${what} must be greater than 0`);

const nodeBase = {
  id: z.string({ message: 'every node needs an id' }).min(1, 'a node id cannot be empty'),
  x: finite('x'),
  y: finite('y'),
  width: positive('width'),
  height: positive('height'),
  color: CanvasColorSchema.optional(),
};

export const TextNodeSchema = z.looseObject({
  ...nodeBase,
  type: z.literal('text'),
  text: z.string({ message: 'a text node needs its text' }),
});
export const FileNodeSchema = z.looseObject({
  ...nodeBase,
  type: z.literal('file'),
  file: z.string({ message: 'a file node needs its file' }),
  subpath: z.string().optional(),
});
export const LinkNodeSchema = z.looseObject({
  ...nodeBase,
  type: z.literal('link'),
  url: z.string({ message: 'a link node needs its url' }),
});
export const GroupNodeSchema = z.looseObject({
  ...nodeBase,
  type: z.literal('group'),
  label: z.string().optional(),
  background: z.string().optional(),
  backgroundStyle: z.enum(['cover', 'ratio', 'repeat']).optional(),
});

export const NodeSchema = z.discriminatedUnion('type', [TextNodeSchema, FileNodeSchema, LinkNodeSchema, GroupNodeSchema], {
  message: 'a node type must be "text", "file", "link" or "group"',
});
export type JsonCanvasNode = z.infer<typeof NodeSchema>;

const SideSchema = z.enum(['top', 'right', 'bottom', 'left']);
const EndSchema = z.enum(['none', 'arrow']);

export const EdgeSchema = z.looseObject({
  id: z.string().min(1, 'an edge id cannot be empty'),
  fromNode: z.string(),
  fromSide: SideSchema.optional(),
  fromEnd: EndSchema.optional(),
  toNode: z.string(),
  toSide: SideSchema.optional(),
  toEnd: EndSchema.optional(),
  color: CanvasColorSchema.optional(),
  label: z.string().optional(),
});
export type JsonCanvasEdge = z.infer<typeof EdgeSchema>;

export const JsonCanvasSchema = z
  .looseObject({
    nodes: z.array(NodeSchema).max(50_000, 'at most 50,000 nodes').optional(),
    edges: z.array(EdgeSchema).max(100_000, 'at most 100,000 edges').optional(),
  })
  .superRefine((canvas, ctx) => {
    const ids = new Set<string>();
    (canvas.nodes ?? []).forEach((node, i) => {
      if (ids.has(node.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `two nodes share the id "${node.id}"` });
      ids.add(node.id);
    });
    (canvas.edges ?? []).forEach((edge, i) => {
      for (const end of ['fromNode', 'toNode'] as const) {
        if (!ids.has(edge[end]))
          ctx.addIssue({ code: 'custom', path: ['edges', i, end], message: `refers to a node that does not exist ("${edge[end]}")` });
      }
    });
  });
export type JsonCanvas = z.infer<typeof JsonCanvasSchema>;
