-- The body vector no longer repeats the head (title, keywords, subjects): keep its C and D
-- parts only. Searches match either vector.
UPDATE "SearchDocument" SET "vector" = ts_filter("vector", '{c,d}');
