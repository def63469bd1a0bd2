-- Version 9 on PostgreSQL: every write tells the listening desks what changed (DESIGN 7), on one
-- channel, whatever program wrote it (the GUI, the CLI, psql). The payload is "kind id starts_at"
-- (app/storage/ChangeFeed): which booking or client, and the booking's start so a desk knows
-- whether the day it shows is touched. Never an answer, a note or a name: a payload is read by
-- every listener and may be logged.
-- The server folds identical notifications of one transaction into one, so a bulk write of
-- services or staff costs one notification per table.

CREATE FUNCTION massage_desk_notify_booking() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('massage_desk_changes', 'booking ' || OLD.id || ' ' || OLD.starts_at);
        RETURN OLD;
    END IF;
    PERFORM pg_notify('massage_desk_changes', 'booking ' || NEW.id || ' ' || NEW.starts_at);
    -- A move to another day changes the day it left as well.
    IF TG_OP = 'UPDATE' AND OLD.starts_at <> NEW.starts_at THEN
        PERFORM pg_notify('massage_desk_changes', 'booking ' || OLD.id || ' ' || OLD.starts_at);
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER bookings_notify AFTER INSERT OR UPDATE OR DELETE ON bookings
    FOR EACH ROW EXECUTE FUNCTION massage_desk_notify_booking();

CREATE FUNCTION massage_desk_notify_checkin() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('massage_desk_changes', 'checkin ' || NEW.booking_id || ' '
                      || coalesce((SELECT starts_at FROM bookings WHERE id = NEW.booking_id), 0));
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER checkins_notify AFTER INSERT OR UPDATE ON checkins
    FOR EACH ROW EXECUTE FUNCTION massage_desk_notify_checkin();

CREATE FUNCTION massage_desk_notify_client() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('massage_desk_changes', 'client ' || OLD.id || ' 0');
        RETURN OLD;
    END IF;
    PERFORM pg_notify('massage_desk_changes', 'client ' || NEW.id || ' 0');
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER clients_notify AFTER INSERT OR UPDATE OR DELETE ON clients
    FOR EACH ROW EXECUTE FUNCTION massage_desk_notify_client();

-- The catalogue, the staff and the centre's settings: one notification per statement, the kind
-- only (TG_ARGV[0]); desks reload what they show.
CREATE FUNCTION massage_desk_notify_kind() RETURNS trigger AS $$
BEGIN
    PERFORM pg_notify('massage_desk_changes', TG_ARGV[0] || ' 0 0');
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER services_notify AFTER INSERT OR UPDATE OR DELETE ON services
    FOR EACH STATEMENT EXECUTE FUNCTION massage_desk_notify_kind('service');
CREATE TRIGGER service_revisions_notify AFTER INSERT OR UPDATE OR DELETE ON service_revisions
    FOR EACH STATEMENT EXECUTE FUNCTION massage_desk_notify_kind('service');
CREATE TRIGGER service_texts_notify AFTER INSERT OR UPDATE OR DELETE ON service_texts
    FOR EACH STATEMENT EXECUTE FUNCTION massage_desk_notify_kind('service');
CREATE TRIGGER therapists_notify AFTER INSERT OR UPDATE OR DELETE ON therapists
    FOR EACH STATEMENT EXECUTE FUNCTION massage_desk_notify_kind('staff');
CREATE TRIGGER rooms_notify AFTER INSERT OR UPDATE OR DELETE ON rooms
    FOR EACH STATEMENT EXECUTE FUNCTION massage_desk_notify_kind('staff');
CREATE TRIGGER users_notify AFTER INSERT OR UPDATE OR DELETE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION massage_desk_notify_kind('staff');
CREATE TRIGGER therapist_shifts_notify AFTER INSERT OR UPDATE OR DELETE ON therapist_shifts
    FOR EACH STATEMENT EXECUTE FUNCTION massage_desk_notify_kind('staff');
CREATE TRIGGER therapist_absences_notify AFTER INSERT OR UPDATE OR DELETE ON therapist_absences
    FOR EACH STATEMENT EXECUTE FUNCTION massage_desk_notify_kind('staff');
CREATE TRIGGER settings_notify AFTER INSERT OR UPDATE OR DELETE ON settings
    FOR EACH STATEMENT EXECUTE FUNCTION massage_desk_notify_kind('settings');
CREATE TRIGGER opening_hours_notify AFTER INSERT OR UPDATE OR DELETE ON opening_hours
    FOR EACH STATEMENT EXECUTE FUNCTION massage_desk_notify_kind('settings');
CREATE TRIGGER closed_days_notify AFTER INSERT OR UPDATE OR DELETE ON closed_days
    FOR EACH STATEMENT EXECUTE FUNCTION massage_desk_notify_kind('settings');
