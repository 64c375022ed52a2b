import { z } from "zod";

export const MAX_LIMIT = 100;

// The two parameters every cursor-paginated list takes. A list is walked by passing each
// answer's next_cursor back until it is null.
export const ZPageQuery = z.object({
  limit: z.coerce
    .number({ error: "limit is a number." })
    .int("limit is a whole number.")
    .min(1, `limit is from 1 to ${MAX_LIMIT}.`)
    .max(MAX_LIMIT, `limit is from 1 to ${MAX_LIMIT}.`)
    .default(20)
    .meta({ description: `Items per page, 1 to ${MAX_LIMIT}.` }),
  cursor: z
    .string()
    .min(1, "cursor is empty: leave it out to start from the beginning.")
    .max(512, "cursor is not valid for this list: start again without it.")
    .optional()
    .meta({ description: "The previous page's next_cursor; leave it out for the first page." }),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

// One page of a list: the items and where to continue (null at the end).
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    next_cursor: z.string().nullable().meta({ description: "Pass as cursor for the next page; null on the last page." }),
  });
