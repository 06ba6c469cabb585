using NodaTime;

namespace Genoptraening.Domain.Calendar;

/// <summary>A day that is not a working day (hverdag) although it may fall Monday to Friday.</summary>
/// <param name="Date">The local date.</param>
/// <param name="Name">The Danish name, e.g. "Skærtorsdag".</param>
/// <param name="IsClosingDay">
/// True for the closing days (Grundlovsdag, Juleaftensdag, Nytårsaftensdag), which are not public
/// holidays but on which the municipalities close; each municipality may turn them off.
/// </param>
public sealed record Holiday(LocalDate Date, string Name, bool IsClosingDay);
