"""Find the people an article names, each once, under their full name.

Rules, not a model: a person is a run of capitalised words that, once the titles, places,
organisations and function words in front of it are stripped, is neither an organisation nor a
place, and that no rule of `_RULES` sets aside (a lunar year, a street after a house number, a team
in a line of results, a product by a common word in it…); each rule has an id, and what it set
aside is listed for the editor. A team or a firm that a rule finds by where it stands (in a line of
results, before a legal form) is one wherever else the article writes it. Photo credits and the
byline name the article's author, not a person it names. A lone family or given name (`ông Biden`,
`ông Trọng`, `ông Tập`) is resolved to the one full name in the same article that holds it, then to
the curated people file; an editor's word in that file always wins.

One module a job: `article` reads an article's paragraphs through `mentions` (a text's runs, from
`runs`, each cut to its name by `trim` and weighed by `cues`), then applies what the whole article
says (`lists`, `bylines`) and resolves each mention (`resolve`). `rules` holds the ordered table of
rules that set a run aside and the sets of their ids; a family's patterns, and the tests the table
names that read them, are in its module: `places`, `firms`, `sports`, `works`. `described` and
`given_names` vouch for names no cue stands before; `tokens` holds words and their shapes, `records`
the records passed between stages. Names with a leading underscore are the package's own, imported by
name between its modules (a method called on an imported pattern makes a bound method each call, so
hot code reads patterns of its own module or calls a function of the other).
"""

from .article import extract_people, find_people
from .lists import lists_settled_by_article
from .mentions import find_mentions
from .records import ArticleWords, Mention, NearMiss, article_words
from .resolve import is_full_name, names_one_person
from .rules import FIRM_RULES, RULE_IDS

__all__ = ["FIRM_RULES", "RULE_IDS", "ArticleWords", "Mention", "NearMiss", "article_words", "extract_people",
           "find_mentions", "find_people", "is_full_name", "lists_settled_by_article", "names_one_person"]
