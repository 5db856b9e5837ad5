-- tests/debian/sql.sql: tables, inserts, joins, aggregates, a CTE, a window
-- function and JSON, through sqlite3 on a database file.
create table fruit(id integer primary key, name text not null, price real, kind text);
insert into fruit(name, price, kind) values
  ('apple', 1.25, 'pome'), ('pear', 2.5, 'pome'), ('fig', 0.75, 'other'),
  ('plum', 3.0, 'drupe'), ('cherry', 0.1, 'drupe'), ('quince', 4.125, 'pome');
create index fruit_kind on fruit(kind);
create table sale(fruit_id integer references fruit(id), qty integer, day text);
insert into sale values (1, 10, '2024-01-01'), (1, 5, '2024-01-02'), (2, 7, '2024-01-01'),
  (4, 3, '2024-01-03'), (5, 100, '2024-01-03'), (6, 1, '2024-01-02');
select kind, count(*), round(avg(price), 3), max(name) from fruit group by kind order by kind;
select f.name, sum(s.qty), printf('%.2f', sum(s.qty * f.price)) from fruit f join sale s on s.fruit_id = f.id
  group by f.name order by 3 desc;
with recursive n(i) as (select 1 union all select i + 1 from n where i < 10)
  select group_concat(i * i, ' '), sum(i) from n;
select name, price, rank() over (order by price desc), sum(price) over (partition by kind order by id)
  from fruit order by id;
select json_group_object(name, price) from fruit where price > 1;
update fruit set price = price * 2 where kind = 'drupe';
delete from sale where qty > 50;
select total(price), count(*), (select count(*) from sale) from fruit;
select date('2024-02-28', '+1 day'), strftime('%s', '2024-01-01 00:00:00'), julianday('2000-01-01');
select upper(name), length(name), substr(name, 2, 3), hex(name), quote(price) from fruit limit 3;
pragma integrity_check;
