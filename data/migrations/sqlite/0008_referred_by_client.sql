-- Version 8: the calendar says when a client's next session follows an open referral (DESIGN
-- 2.2). Asking that of every client's whole history cost each week switch more as the years
-- grew; a referral always marks its booking referred, so this small index tells at once which
-- clients have one to look at.
CREATE INDEX bookings_referred_by_client ON bookings (client_id) WHERE status = 'referred';
