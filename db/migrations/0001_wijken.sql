-- Custom SQL migration file, put your code below! --
-- Zoetermeer's wijken (kept in sync with lib/neighbourhoods/data.ts).
INSERT INTO "neighbourhoods" ("code", "name") VALUES
  ('meerzicht', 'Meerzicht'),
  ('buytenwegh', 'Buytenwegh'),
  ('seghwaert', 'Seghwaert'),
  ('rokkeveen', 'Rokkeveen'),
  ('oosterheem', 'Oosterheem'),
  ('palenstein', 'Palenstein'),
  ('driemanspolder', 'Driemanspolder'),
  ('noordhove', 'Noordhove'),
  ('dorp', 'Dorp'),
  ('centrum', 'Centrum')
ON CONFLICT ("code") DO NOTHING;
