using Wijkkracht.Core.Conversations;
using Wijkkracht.Core.Data;
using Wijkkracht.Core.GroupSetups;

namespace Wijkkracht.Core.Demo;

/// <summary>Demo data for issue 11 §8: one group set-up of the youth group at the square, anonymous figures only.</summary>
public static class DemoGroupSetups
{
    public static void Add(WijkkrachtDbContext db, Guid organisationId, Guid approachId, Guid recordedBy)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Add(new GroupSetup
        {
            OrganisationId = organisationId,
            ApproachId = approachId,
            Date = new DateOnly(2026, 10, 14),
            Group = "Jeugdgroep bij het Europaplein, 14 tot 17 jaar",
            Participants = "jongerenwerker, jeugdboa, wijkagent",
            CreatedByUserId = recordedBy,
            Figures =
            [
                new SetupFigure { Label = "A", X = 50, Y = 30, Position = "Middelpunt, anderen kijken naar hem" },
                new SetupFigure { Label = "B", X = 38, Y = 42, Position = "Volgt A" },
                new SetupFigure { Label = "C", X = 62, Y = 42, Position = "Volgt A" },
                new SetupFigure { Label = "D", X = 50, Y = 60, Position = "Verbindt de groep met jongeren van de Parklaan" },
                new SetupFigure { Label = "E", X = 80, Y = 75, Position = "Staat erbuiten, wil bij de groep horen" },
                new SetupFigure { Label = "F", X = 22, Y = 70, Position = "Sport bij de voetbalvereniging, minder vaak op het plein" },
            ],
            Ties =
            [
                new SetupTie { From = "B", To = "A", Kind = SetupTieKind.Volgt },
                new SetupTie { From = "C", To = "A", Kind = SetupTieKind.Volgt },
                new SetupTie { From = "B", To = "C", Kind = SetupTieKind.Vriendschap },
                new SetupTie { From = "D", To = "A", Kind = SetupTieKind.Vriendschap },
                new SetupTie { From = "D", To = "F", Kind = SetupTieKind.Vriendschap },
                new SetupTie { From = "E", To = "C", Kind = SetupTieKind.Spanning },
                new SetupTie { From = "F", To = "A", Kind = SetupTieKind.Afstand },
            ],
            Answers =
            [
                new ConversationAnswer { ListId = GroupSetupGuide.RequiredListId, Index = 0, Answer = "A bepaalt wat de groep doet; B en C volgen hem. D is de brug naar de jongeren van de Parklaan." },
                new ConversationAnswer { ListId = GroupSetupGuide.RequiredListId, Index = GroupSetupGuide.RequiredIndex, Answer = "Halen we A weg, dan valt de groep volgens de jongerenwerker uiteen in twee kleinere groepjes; B en C zoeken dan een nieuwe leider, mogelijk buiten de buurt. Zonder D verliest de groep het contact met de Parklaan." },
                new ConversationAnswer { ListId = "werkwijzerplus-groepsopstelling-verdieping", Index = 2, Answer = "De jongerenwerker staat dicht bij D en F; de wijkagent staat tegenover A, met de rug naar E." },
                new ConversationAnswer { ListId = "werkwijzerplus-groepsopstelling-verdieping", Index = 3, Answer = "De jeugdboa verplaatste F naar het midden: als de voetbalvereniging 's avonds het veld openstelt, kan F de groep meenemen." },
            ],
        });
    }
}
