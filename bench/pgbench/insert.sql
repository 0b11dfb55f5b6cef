-- One row of about 400 bytes per transaction (the payload alone is 400 characters), as an event append would be.
insert into bench_row (payload) values (repeat(md5(random()::text), 12) || 'sixteen-chars-16');
