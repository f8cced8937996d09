namespace Briefing.Core.Site;

/// <summary>
/// One document search offers, not yet made: <see cref="Make"/> extracts its text (the costly part), and
/// <see cref="Key"/> is what it is made from (the parsed source that <see cref="ISitePart.Documents"/> yields).
/// The search index compares keys with the last build's (<c>Equals</c>; for an unchanged file the build cache hands
/// back the same object) and makes again only the documents whose key changed, so a key must cover everything
/// <see cref="Make"/> reads.
/// </summary>
public sealed record SearchSource(object Key, Func<SearchDocument> Make);
