using System.Text.Json.Serialization;
using Briefing.Core.Briefings;
using Briefing.Core.Events;
using Briefing.Core.Home;
using Briefing.Core.Pages;
using Briefing.Core.Publishing.Search;
using Briefing.Core.Tags;
using Briefing.Core.Tension;

namespace Briefing.Core.Build;

/// <summary>
/// Every page's view model, for System.Text.Json's source generator. The generated contract is how templates
/// read view models (see <c>Templates/ViewModelAccessor.cs</c>) without reflection, so they work in the Native
/// AOT binary. A type listed here brings every type its members hold. A new page kind adds its view model
/// here; until it does, rendering it fails with a message naming the type.
/// </summary>
[JsonSourceGenerationOptions(IncludeFields = true, MaxDepth = 256)]
[JsonSerializable(typeof(HomeView))]
[JsonSerializable(typeof(BriefingListView))]
[JsonSerializable(typeof(BriefingView))]
[JsonSerializable(typeof(PageView))]
[JsonSerializable(typeof(EventArchiveView))]
[JsonSerializable(typeof(EventYearView))]
[JsonSerializable(typeof(EventMonthPageView))]
[JsonSerializable(typeof(EventView))]
[JsonSerializable(typeof(ActorIndexView))]
[JsonSerializable(typeof(EventListView))]
[JsonSerializable(typeof(TagPageView))]
[JsonSerializable(typeof(SearchView))]
[JsonSerializable(typeof(TensionPageView))]
[JsonSerializable(typeof(HistoryView))]
[JsonSerializable(typeof(DiffView))]
internal sealed partial class ViewModelJson : JsonSerializerContext;
