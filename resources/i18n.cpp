// The translations are resources attached to this library; it has no code of its own.
namespace MassageDeskI18n {
int anchor = 0;
}
