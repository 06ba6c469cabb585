using Genoptraening.Domain.Catalog;
using Genoptraening.Domain.Vocabulary;
using Genoptraening.Web.Dashboard;
using Genoptraening.Workflows.Storage;
using NodaTime;
using Xunit;

namespace Genoptraening.Web.Tests.Dashboard;

/// <summary>What the overview, the inbox and the course page say to do next on a course, from its read-model row.</summary>
public class NextStepTests
{
    private static readonly StandardId Application = new("rebild", "sel86-1");
    private static readonly StandardId Plan = new("rebild", "sul140");

    [Fact]
    public void TheFreeChoiceNotYetToldTheCitizen_ComesFirst() =>
        Assert.Equal("Informér borgeren om udvidet frit valg", NextStep.Of(false, Progress(informed: false, Deadline(DeadlineKind.Contact, 10, DeadlineStatus.Breached)), Plan));

    [Fact]
    public void TheDeadlineBreachedLongestAgo_BeforeAnyPending() =>
        Assert.Equal(
            "Tilbyd borgeren en opstart (fristen var 05-06-2026)",
            NextStep.Of(false, Progress(true, Deadline(DeadlineKind.Contact, 1, DeadlineStatus.Pending), Deadline(DeadlineKind.Start, 7, DeadlineStatus.Breached), Deadline(DeadlineKind.StartGuarantee, 5, DeadlineStatus.Breached)), Plan));

    [Fact]
    public void TheNextPendingDeadline_WithItsDate() =>
        Assert.Equal(
            "Kontakt borgeren senest 03-06-2026",
            NextStep.Of(false, Progress(null, Deadline(DeadlineKind.Contact, 3, DeadlineStatus.Pending), Deadline(DeadlineKind.End, 30, DeadlineStatus.Pending)), Application));

    [Theory]
    [InlineData(false, false, false, "sel86-1", "Kontakt borgeren")]
    [InlineData(true, false, false, "sel86-1", "Afventer visitation: visitér borgeren")]
    [InlineData(true, false, false, "sul140", "Tilbyd borgeren en opstart")]
    [InlineData(true, true, false, "sel86-1", "Afventer træningsstart")]
    [InlineData(true, true, true, "sel86-1", "Afventer slutevaluering: afslut forløbet")]
    public void WithNoDeadlineOpen_WhatTheCourseWaitsFor(bool contacted, bool visitated, bool trainingStarted, string basis, string expected)
    {
        var progress = new CourseProgress([Deadline(DeadlineKind.Contact, 1, DeadlineStatus.Met)], contacted, visitated, trainingStarted, null);

        Assert.Equal(expected, NextStep.Of(false, progress, new StandardId("rebild", basis)));
    }

    [Fact]
    public void AnEndedCourse_AsksForNothing() =>
        Assert.Equal("Intet: forløbet er afsluttet", NextStep.Of(true, Progress(false, Deadline(DeadlineKind.Contact, 1, DeadlineStatus.Breached)), Plan));

    private static DeadlineProgress Deadline(DeadlineKind kind, int juneDay, DeadlineStatus status) => new(kind, new LocalDate(2026, 6, juneDay), status);

    private static CourseProgress Progress(bool? informed, params DeadlineProgress[] deadlines) => new(deadlines, true, false, false, informed);
}
