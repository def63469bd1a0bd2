#pragma once

class Database;
struct StorageError;

// The demo centre's waitlist (issue 12): a handful of clients waiting for a service, one of
// them urgent, so a freed slot on the demo's calendar says "N waiting" and offers them.
namespace DemoWaitlist {

// Inside the demo's write transaction, after its clients and bookings.
bool add(Database& database, StorageError* error);

} // namespace DemoWaitlist
