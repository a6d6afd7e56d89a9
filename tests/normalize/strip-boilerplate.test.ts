import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { CleanFields } from "../../src/normalize/capture-file.ts";
import { OutletIndex } from "../../src/registry/outlet-index.ts";
import { bareContext, captureThrough } from "./helpers.ts";

const STORY = [
  "Iraqi and Kurdish officials met in Baghdad on Monday to discuss the budget dispute, officials said.",
  "The talks ended without an agreement, but both sides said they would meet again next week in Erbil.",
];

function strip(lines: string[]) {
  return captureThrough("strip-boilerplate", lines.join("\n"), { file: "content/sources/t.txt" });
}

const kept = (clean: CleanFields) => clean.paragraphs.map((paragraph) => paragraph.text);
const rules = (clean: CleanFields) => clean.removed.map((junk) => junk.rule);

describe("stripBoilerplate", () => {
  // "below": under the story past a footer, where a site speaks about itself (rules that read a line's place).
  const chrome: Array<[string, string, "head" | "tail" | "below"]> = [
    ["listen-live", "Listen Live", "head"],
    ["short-url", "Get short URL", "head"],
    ["date-line", "16:49 GMT10 July 2020", "head"],
    ["date-line", "Updated: Tuesday 31 October 2017 09:14", "head"],
    ["date-line", "Published 15 октября 2017 г.", "head"],
    ["section-label", "Middle East", "head"],
    ["share-prompt", "Share this article", "head"],
    ["share-prompt", "Facebook Twitter WhatsApp Email", "tail"],
    ["share-prompt", "Show more sharing options", "head"],
    ["share-prompt", "Post to Facebook", "head"],
    ["script-notice", "Media playback is unsupported on your device", "head"],
    ["share-prompt", "Teilen mit:", "tail"],
    ["share-prompt", "Partager", "head"],
    ["advertisement", "Publicidad", "head"],
    ["read-more", "Leggi anche", "tail"],
    ["read-more", "À lire aussi", "tail"],
    ["read-more", "Baca juga", "tail"],
    ["read-more", "Читайте также", "tail"],
    ["read-more", "Czytaj także", "tail"],
    ["read-more", "İlgili Haberler", "tail"],
    ["read-more", "Lees ook", "tail"],
    ["read-more", "До теми", "tail"],
    ["read-more", "اقرأ أيضا", "tail"],
    ["read-more", "यह भी पढ़ें", "tail"],
    ["read-more", "આ પણ વાંચો", "tail"],
    ["read-more", "関連記事", "tail"],
    ["read-more", "相关阅读", "tail"],
    ["read-more", "관련기사", "tail"],
    ["read-more", "Basahin din", "tail"],
    ["share-prompt", "Bagikan", "head"],
    ["share-prompt", "Поделиться", "head"],
    ["share-prompt", "Paylaş", "tail"],
    ["newsletter", "Abone ol", "tail"],
    ["newsletter", "Zapisz się do newslettera", "tail"],
    ["comments-chrome", "12 Komentar", "tail"],
    ["comments-chrome", "Комментарии (4)", "tail"],
    ["comments-chrome", "Tinggalkan Balasan", "tail"],
    ["comments-chrome", "Dodaj komentarz", "tail"],
    ["comment-form", "Balas", "tail"],
    ["comment-form", "Antworten", "tail"],
    ["site-chrome", "Nächster Artikel", "tail"],
    ["site-chrome", "Artikel Sebelumnya", "tail"],
    ["comments-chrome", "14h261", "tail"],
    ["date-line", "Ana Souza 23/08/2018 2 comentários Escola, Brincadeiras", "head"],
    ["date-line", "Jane Roe 27/09/2018 Leave a comment Health, Schools", "head"],
    ["copyright", "Example Sports is a registered trademark of Example Broadcasting Inc. Example.com is a registered trademark of Example Interactive Inc.", "tail"],
    ["photo-credit", "Amy K. Dragoo/EXAMPLEMEDIA", "head"],
    ["photo-credit", "Jason Doe/ExampleNet", "head"],
    ["read-more", "Вам также может быть интересно", "tail"],
    ["comments-chrome", "Добавить комментарий", "tail"],
    ["comment-form", "Имя *", "tail"],
    ["comment-form", "Сохранить моё имя, email и адрес сайта в этом браузере для последующих моих комментариев.", "tail"],
    ["comments-chrome", "Иван к записи Как пробежать первый марафон", "tail"],
    ["byline", "Текст: Анна Петрова·11 октября 2018", "head"],
    ["site-chrome", "телефон: +7 (495) 000-00-00", "tail"],
    ["byline", "By admin - 2018-09-16", "head"],
    ["byline", "Reuters November 18, 2019 11:03 PM", "head"],
    ["byline", "Opinion Columnist", "head"],
    ["byline", "Senior editor at Example News.", "tail"],
    ["photo-credit", "Credit...", "head"],
    ["share-prompt", "Share this entry", "tail"],
    ["share-prompt", "Share on Google+", "tail"],
    ["share-prompt", "Share by Mail", "tail"],
    ["comments-chrome", "0 replies", "tail"],
    ["copyright", "The contents of this site are ©2019 Example Publishing Corp., a subsidiary of Example Holdings, Inc.", "tail"],
    ["site-terms", "Terms under which this site is provided. Learn more about our Privacy Policy.", "tail"],
    ["date-line", "Nov 20 2019, 10:18am ist", "head"],
    ["photo-credit", "Image via Example Images", "head"],
    ["byline", "Senior Contributor", "head"],
    ["photo-caption", "Karl Beispiel - File photo", "head"],
    ["photo-caption", "कार्ल बाइशपील - फाइल फोटो", "head"],
    ["photo-caption", "Die Markthalle vor dem Brand (Archivfoto)", "head"],
    ["byline", "Tom WestYesterday 2:45PM", "tail"],
    ["byline", "Von Karl Beispiel publiziert am 25. September 2018", "head"],
    ["photo-credit", "Image copyright Example Images", "head"],
    ["share-prompt", "Report", "tail"],
    ["share-prompt", "Close share panel", "head"],
    ["share-prompt", "These are external links and will open in a new window", "head"],
    ["author-bio", "Author:", "tail"],
    ["author-bio", "Über Karl Beispiel", "tail"],
    ["date-label", "Publish date:", "head"],
    ["follow-us", "follow", "tail"],
    ["script-notice", "Thanks for watching!Visit Website", "tail"],
    ["script-notice", "An error has occurred, which probably means the feed is down. Try again later.", "tail"],
    ["click-here", "GET EXAMPLE NEWS ON THE GO BY CLICKING HERE", "tail"],
    ["byline", "BY JANE ROE ON 11/13/19 AT 4:00 PM EST", "head"],
    ["byline", "Monday May 4, 2020 7:45 am PST by Jane Roe", "head"],
    ["byline", "By Sam Poe, 3:15 PM", "tail"],
    ["search-box", "Search for:", "head"],
    ["search-box", "Enter search terms here.", "head"],
    ["search-box", "Suche …", "head"],
    ["search-box", "Buscar: Search", "tail"],
    ["blog-chrome", "%d blogueros les gusta esto:", "tail"],
    ["blog-chrome", "Gefällt mir Wird geladen …", "tail"],
    ["blog-chrome", "Blog pada WordPress.com.", "tail"],
    ["blog-chrome", "12,345 hits", "tail"],
    ["comment-form", "Escribe tu comentario aquí...", "tail"],
    ["comment-form", "Avvisami via e-mail in caso di nuovi commenti.", "tail"],
    ["comment-form", "Vous devez être connecté pour publier un commentaire.", "tail"],
    ["comment-form", "Annuler", "tail"],
    ["cookie-notice", "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können. Wenn Sie fortfahren, stimmen Sie zu.", "tail"],
    ["cookie-notice", "Мы используем файлы cookie, чтобы сайт работал лучше.", "tail"],
    ["cookie-notice", "Questo sito utilizza cookie tecnici e di profilazione di terze parti.", "tail"],
    ["advertisement", "Iklan", "head"],
    ["related-links", "Terkait", "tail"],
    ["comments-chrome", "12 Kommentare", "tail"],
    ["newsletter", "Abonnez-vous à notre lettre", "tail"],
    ["tag-line", "Argomenti", "tail"],
    ["advertisement", "Advertisement", "head"],
    ["advertisement", "Advertisement - Scroll to continue", "tail"],
    ["script-notice", "Please enable JavaScript to view the comments", "tail"],
    ["breadcrumb", "Home > News > Middle East > Iraq", "head"],
    ["newsletter", "Subscribe to our newsletter for the latest news from Iraq", "tail"],
    ["cookie-notice", "We use cookies to improve your browsing experience. By continuing you accept our privacy policy.", "head"],
    ["follow-us", "Follow us on Twitter and Telegram", "tail"],
    ["photo-credit", "Photo: Reuters/Azad Lashkari", "head"],
    ["photo-credit", "(AFP)", "head"],
    ["copyright", "Copyright © 2017 Rudaw. All rights reserved.", "tail"],
    ["copyright", "All rights reserved.", "tail"],
    ["click-here", "Click here to read the full statement", "tail"],
    ["read-more", "Read more: Baghdad sends troops to Kirkuk", "tail"],
    ["read-more", "Related:", "tail"],
    ["comments-chrome", "Comments are closed.", "tail"],
    ["comments-chrome", "Community standardsDiscussion", "tail"],
    ["byline-disclaimer", "By Jane Roe for Example Wire. Any opinions expressed are those of the author, and do not necessarily reflect the views of Some Site.", "head"],
    ["byline", "By John Smith and Aram Karim", "head"],
    ["tag-line", "Tags: Kirkuk, Peshmerga, oil", "tail"],
    ["tag-line", "independence referendum, Masoud Barzani, Iraq, Iraqi Kurdistan", "tail"],
    ["related-headline", "Kurdistan Sends Peshmerga Troops to Kirkuk Amid 'Threats' by Iraqi Army", "tail"],
    ["copyright", "Copyright © 2021 Example Media, LLC. Reproduction of material from any Example pages without written permission is strictly prohibited. Example is a registered trademark of Example Media, LLC, and the trademark is used here under licence from its owner.", "tail"],
    ["affiliate-disclosure", "Advertising disclosure: we may receive compensation for some of the links on this page.", "tail"],
    ["newsletter", "THE DAILY BRIEF NEWSLETTER", "tail"],
    ["newsletter", "Get the week's most read stories in one weekly newsletter", "tail"],
    ["newsletter", "Stay up-to-date on our work.", "tail"],
    ["site-terms", "Use of this website constitutes acceptance of our Terms of Use and Privacy Policy.", "tail"],
    ["sign-up-form", "* indicates required", "tail"],
    ["skip-link", "Skip to main content", "head"],
    ["share-prompt", "Let friends in your social network know what you are reading about", "head"],
    ["site-chrome", "Advertise with Us", "tail"],
    ["site-chrome", "Submit a Topic", "head"],
    ["newsletter", "SUBSCRIBE TO OUR MAILING LIST", "tail"],
    ["site-chrome", "examplesite is powered by WordPress with theme Greenery", "tail"],
    ["donate-prompt", "Fight for everyone's rights - support the Example Union.", "tail"],
    ["donate-prompt", "Donate today!", "tail"],
    ["cookie-notice", "Necessary cookies are absolutely essential for the website to function properly. These cookies do not store any personal information.", "tail"],
    ["cookie-notice", "Privacy Overview", "tail"],
    ["email-form", "Your friend's email", "tail"],
    ["site-terms", "By registering you become a member of the Example family of sites and you have read and agree to the Terms of Use.", "tail"],
    ["site-terms", "Please review our terms of service to complete your newsletter subscription.", "tail"],
    ["cookie-notice", "ACCEPT & CLOSE", "tail"],
    ["email-form", "E-mail the story", "tail"],
    ["email-form", "Thank you for taking your time to send in your valued opinion to the editors.", "tail"],
    ["copyright", "This document is subject to copyright. Apart from any fair dealing, no part may be reproduced without permission.", "tail"],
    ["script-notice", "This slideshow requires JavaScript.", "tail"],
    ["shortcode", "[button link=”http://www.example.org/submit/” type=”big” newwindow=”yes”] Submit your review[/button]", "tail"],
    ["share-prompt", "Share this with LinkedIn", "head"],
    ["script-notice", "You are using an older browser version. Please use a supported version.", "head"],
    ["section-label", "Food & Drink", "head"],
    ["account-prompt", "Activate Your Account", "head"],
    ["newsletter", "No time to read every post? Receive a daily list of must-read stories.", "tail"],
    ["sign-up-form", "Enter your email address:", "tail"],
    ["site-chrome", "Delivered by FeedBurner", "tail"],
    ["follow-us", "Follow @ExampleNews", "tail"],
    ["follow-us", "@ExampleNews", "tail"],
    ["save-prompt", "Print This Article", "head"],
    ["category-count", "Community Post (4824)", "tail"],
    ["script-notice", "Something went wrong with the connection!", "head"],

    ["sign-up-form", "View previous campaigns.", "tail"],
    ["advertisement", "Scroll to read more Politics articles", "tail"],
    ["date-line", "March 4, 2020 at 08:45 AM | categories: Politics, Erbil | View Comments", "head"],
    ["date-line", "March 4, 2020/0 Comments/in Example Theatre News /by jroe", "head"],
    ["photo-credit", "Image credit: www.example.org", "tail"],
    ["photo-credit", "3/5", "tail"],
    ["author-bio", "JANE ROE has written for newspapers in three countries and lives in Erbil with her two cats and a great many books.", "tail"],
    ["date-line", "Updated 5:27 am AST, Wednesday, November 20, 2019", "head"],
    ["gallery", "Image 3 of 12", "head"],
    ["gallery", "Back to Gallery", "tail"],
    ["back-link", "Back to overview", "head"],
    ["back-link", "← Back to all posts", "head"],
    ["back-link", "Back to top ↑", "tail"],
    ["back-link", "Zurück zur Übersicht", "head"],
    ["back-link", "Retour à la liste", "head"],
    ["back-link", "Volver al listado", "head"],
    ["back-link", "Kembali ke beranda", "tail"],
    ["photo-caption", "Rescue workers search the rubble of a collapsed school in Zakho, Tuesday, March 3, 2020. Nobody was hurt. (AP Photo/Jane Roe)", "head"],
    ["photo-caption", "The dam's spillway after the spring floods, seen from the north bank. (Image credit: Example Observatory)", "tail"],
    ["photo-caption", "Shoppers crowd the bazaar in Erbil on the eve of the holiday. (Photo: Sam Poe) les", "head"],
    ["author-bio", "Jane Roe is a Staff Writer at Example covering energy, water and the courts. She was formerly an editor at Another Example.", "tail"],
    ["author-bio", "Sam Poe (@sampoe) is a senior Contributor at Example Weekly and the host of a daily radio show about farming.", "tail"],
    ["author-bio", "Dara covers local politics for Example Daily and hosts the weekly council podcast.", "below"],
    ["comment-policy", "As you comment, please be respectful of other commenters and keep to the subject of the story.", "tail"],
    ["comment-policy", "Example Weekly moderates comments to keep the conversation civil and on topic. Abusive comments are removed.", "tail"],
    ["newsletter", "Example Newsletters deliver the news of the region you trust, free, every morning before breakfast.", "below"],
    ["donate-prompt", "If you enjoyed this article, we have a proposition for you: join Example Plus and read every story without limits.", "tail"],
    ["site-terms", "By registering you become a member of the Example family of sites and you have read and agree to the Terms of Use, the Privacy Policy and the Video Services Policy. You agree to receive updates, alerts and promotions from the family of sites and its partners, and you may unsubscribe from them at any time, as the notices below explain, in the manner they set out, for as long as you hold an account.", "tail"],
    ["site-terms", "The material on this site may not be reproduced, distributed or transmitted except with the prior written permission of Example Media.", "tail"],
    ["email-form", "Your email address is used only to let the recipient know who sent the email. Neither your address nor the recipient's address will be used for any other purpose, and the information you enter will appear in your message as you typed it.", "tail"],
    ["follow-us", "Follow @ExampleDeals on Twitter to keep up with the best offers from around the web. Quantities may be limited.", "tail"],
    ["follow-us", "Join our Example Forums to keep talking about the news of the day!", "tail"],
    ["citation", "Citation: Engineers shore up the old bridge (2020, March 4) retrieved 5 March 2020 from https://example.org/news/bridge.html", "tail"],
    ["site-blurb", "Example Weekly is where the region's news is explained.", "below"],
    ["site-blurb", "example-bikes.co.uk features the latest bike reviews, news and events as they happen.", "below"],
    ["site-blurb", "Example Science is part of Example Media Inc, an international media group. Visit our corporate site.", "below"],
    ["subscription-pitch", "Need more science? Subscribe to our sister title Example Magazine for the latest news from the lab!", "below"],
    ["subscription-pitch", "Get Example Monthly delivered to your door every month: 12 issues for £11.99.", "below"],
    ["donate-prompt", "Support Example Weekly and make a difference for readers everywhere.", "tail"],
    ["donate-prompt", "Do you rely on our reporting? Click here to support it.", "head"],
    ["donate-prompt", "We do this work every day at no cost to you, but it is far from free to produce. Please give what you can.", "tail"],
    ["subscription-pitch", "Subscribe to Example Weekly and stay smart with more of your favourite writers.", "tail"],
    ["related-headline", "Bakers raise the price of bread for the third time this year ~9 hours ago", "tail"],
    ["photo-caption", "Engineers inspect the cracked spillway of the dam before the spring floods.Photograph: Example Images", "head"],
    ["photo-caption", "The old market hall of Zakho, 1962. Photo: Jane Roe/Example Archive", "tail"],
    ["gallery", "Slideshow ( 12 images )", "tail"],
    ["photo-caption", "This illustration of the planned bridge shows how the two banks of the river would be joined by 2030", "head"],
    ["photo-caption", "A stock image of a man reading a newspaper on a train. Researchers looked at how commuters read the news.", "tail"],
    ["photo-caption", "The probe took this image of the moon rising above the planet's clouds, six hours after its closest approach.", "head"],
    ["photo-caption", "Crowds gather at the old market in Erbil before the holiday [Jane Roe/Example Wire]", "tail"],
    ["photo-caption", "Image caption Protesters gather outside the parliament in Erbil on Monday", "head"],
    ["photo-caption", "Former Erbil governor Jane Roe, left, speaks with a shop owner during a campaign stop, Tuesday, Nov. 19, 2019, in Duhok.", "tail"],
    ["author-bio", "Example Review contributor Jane Roe is a senior fellow at the Example Institution and the author of four books on the region.", "tail"],
    ["author-bio", "Prize-winning journalist Jane Roe writes a daily blog appearing on example.com. Her business column appears in print every Sunday.", "tail"],
    ["author-bio", "I am a writer, journalist, teacher and gardener, not always in that order, and I write about water.", "tail"],
    ["photo-caption", "Traffic on the ring road near Erbil airport at the start of the holiday (Example Images/Jane Roe)", "head"],
    ["photo-caption", "Fans cheer the home side at the stadium on Saturday. (Jane Roe/Example Media Group/Example Herald)", "tail"],
    ["comments-chrome", "View the discussion thread.", "tail"],
    ["tag-line", "Tags Jane Roe budget talks Erbil Baghdad", "tail"],
    ["site-chrome", "examplefm.de is powered by WordPress with theme Meadow / XHTML · CSS", "tail"],
    ["licence-notice", "This copy is for your personal non-commercial use only. To order copies of Example Star content for distribution to colleagues, clients or customers, contact the desk.", "head"],
    ["read-more", "YOU MIGHT BE INTERESTED IN...", "tail"],
    ["read-more", "LEARN MORE", "tail"],
    ["read-more", "Also check out:", "tail"],
    ["feedback-prompt", "The Example Times is committed to publishing a diversity of letters to the editor. We'd like to hear what you think about this or any of our articles. Here are some tips.", "tail"],
    ["follow-us", "Follow the Example Times Opinion section on Facebook, Twitter (@ExampleOpinion) and Instagram.", "tail"],
    ["reading-time", "Tempo de leitura: 3 minutos", "head"],
    ["reading-time", "4 Min. Lesezeit", "head"],
    ["copyright", "Tous droits réservés à Exemple Média, 2020", "tail"],
    ["copyright", "Любое воспроизведение материалов сайта без разрешения редакции воспрещается.", "tail"],
    ["site-terms", "Учредитель: ООО «Пример Медиа»", "tail"],
    ["cookie-notice", "Durch die Nutzung dieser Website zeigen Sie an, dass Sie unsere Nutzungsbedingungen akzeptieren.", "tail"],
    ["author-bio", "Sobre o autor", "tail"],
    ["newsletter", "Sign Up Now", "tail"],
    ["menu-line", "BankingGovernment ServicesLegalExample Wire AgencyRisk ToolsTax & AccountingBlog: Notes OnResearch @ Example Group Inc", "head"],
    ["comment-form", "E-mail (required, will not be published)", "tail"],
    ["follow-us", "Puede escribirnos a mesa@example.es o seguir a Ejemplo en Facebook, Twitter o Instagram.", "tail"],
    ["follow-us", "Write to us at desk@example.org, or follow Example Science on Facebook and Twitter.", "tail"],
    ["site-chrome", "Previous articleBudget talks resume in Erbil", "tail"],
    ["donate-prompt", "Jetzt spenden", "tail"],
    ["donate-prompt", "Spenden Sie jetzt für eine freie Presse!", "tail"],
    ["donate-prompt", "Faire un don", "tail"],
    ["shop-button", "Buch bestellen", "tail"],
    ["date-line", "EXAMPLE.COM / Dec 6, 2020, 15:48 IST", "head"],
    ["tweet-feed", "RT @examplenews: Dam talks resume in Erbil after a long pause in the north of the country", "tail"],
    ["tweet-feed", "#Erbil council votes to rebuild the market - https://t.co/AbC123 Get your news featured… https://t.co/XyZ789", "tail"],
    ["deal-promo", "SAVE $120.00 - Save up to $300 on a brand new laptop SAVE $20.00 - Earbuds on sale from $99", "tail"],
    ["cookie-notice", "We use them to give you the best experience. If you continue using our website, we'll assume that you are happy to receive them.", "tail"],
    ["site-terms", "«Сетевое издание «Пример.ру» Свидетельство о регистрации СМИ ЭЛ №ФС00-00000", "tail"],
    ["teaser", "Written by: Jane Roe The council of Duhok has voted to rebuild the covered market. On Tuesday, the...", "below"],
    ["teaser", "Jane Roe: Where is the budget. When the council voted against the plan …", "below"],
    ["cookie-notice", "Change Cookies Settings", "head"],
    ["pagination", "Page 34 of 40 First ... 33 34 35 ... Last", "head"],
    ["menu-line", "FinancialGovernment SolutionsLegalNews AgencyRisk Management SolutionsTax", "head"],
    ["menu-line", "Latest News Politics Business Markets Energy Culture Sport Travel Opinion Video Podcasts Weather Traffic Jobs Cars Homes Obituaries Puzzles", "head"],
    ["share-prompt", "Copy Link URLCopied!", "head"],
    ["share-prompt", "1,204 Shares", "head"],
    ["share-prompt", "Buffer", "tail"],
    ["share-prompt", "Tumblr", "tail"],
    ["follow-us", "Follow Us", "tail"],
    ["follow-us", "12,345FollowersFollow", "tail"],
    ["newsletter", "SIGN UP FOR E-MAIL NEWSLETTERS", "tail"],
    ["newsletter", "Sign up for ourNewsletter.", "tail"],
    ["sign-up-form", "Never miss a story. Sign up for our daily email.", "tail"],
    ["site-chrome", "Read Later", "head"],
    ["site-chrome", "View PDF/Print Mode", "head"],
    ["site-chrome", "REQUEST REPRINT & LICENSING, SUBMIT CORRECTION OR VIEW EDITORIAL GUIDELINES", "tail"],
    ["site-chrome", "Have your say.Give us feedback.", "tail"],
    ["site-chrome", "Visit other Example Network sites:", "tail"],
    ["site-blurb", "Example Science belongs to Example Media Inc, a group of magazines. Visit our corporate site.", "tail"],
    ["notification-prompt", "GET LOCAL NEWS IN YOUR BROWSER. CLICK HERE TO TURN ON NOTIFICATIONS.", "head"],
    ["sign-up-form", "You are now subscribed.", "tail"],
    ["sign-up-form", "By clicking Subscribe you agree to our Terms of Use.", "tail"],
    ["comment-form", "You must log in to post a comment.", "tail"],
    ["comment-form", "Leave your thoughts", "tail"],
    ["gallery", "NEXT PREV", "head"],
    ["gallery", "The ten best bridges of the north SEE FULL GALLERY", "tail"],
    ["gallery", "2 of 9", "head"],
    ["market-ticker", "EXMP: 101.25 ( -0.75 )", "head"],
    ["market-ticker", "USD1.08EUR0.92GBP0.79", "head"],
    ["market-ticker", "Quotes delayed at least 20 minutes. Real-time quotes provided by Example Exchange. Market data provided by Example Data.", "head"],
    ["copyright", "This material may not be published, broadcast, rewritten, or redistributed. ©2021 Example Network, LLC. All rights reserved. All market data delayed 20 minutes.", "tail"],
    ["copyright", "Example Newspapers © Copyright Example Communications, Inc.", "tail"],
    ["photo-credit", "GETTY", "head"],
    ["photo-credit", "Фото", "head"],
    ["share-prompt", "Facebook Twitter Google+ Whatsapp", "tail"],
    ["share-prompt", "47.8K", "head"],
    ["share-prompt", "Save Pin FB More", "head"],
    ["share-prompt", "Tweet Email Send Text Message Print", "tail"],
    ["blog-chrome", "Share this:", "tail"],
    ["blog-chrome", "%d bloggers like this:", "tail"],
    ["blog-chrome", "Join 1,204 other subscribers", "tail"],
    ["blog-chrome", "Enter your email address to subscribe to Example Notes and receive notifications of new posts by email.", "tail"],
    ["blog-chrome", "Please log in using one of these methods to post your comment:", "tail"],
    ["affiliate-disclosure", "If you buy something through this post, Example may get a share of the sale. For more, read our policy.", "tail"],
    ["gallery", "Voltar", "tail"],
    ["tag-line", "adoption agriculture alert ambulance archive bakery bridge budget bus campaign census city council culture dam", "head"],
    ["date-line", "05/10/2018 - Posted by: Jane Roe - Category: Health - Tags: market fire", "head"],
  ];
  // A footer's links: the story's block ends above them.
  const FOOTER = ["Contact", "Archive", "Jobs"];
  for (const [rule, line, where] of chrome) {
    test(`removes "${line}" (${rule}) and keeps the story`, () => {
      const clean = strip(where === "head" ? [line, ...STORY] : where === "tail" ? [...STORY, line] : [...STORY, ...FOOTER, line]);
      assert.deepEqual(kept(clean), STORY);
      assert.deepEqual(rules(clean), where === "below" ? ["page-tail", "page-tail", "page-tail", rule] : [rule]);
      const removed = clean.removed.at(-1)!;
      assert.deepEqual([removed.source, removed.line, removed.text], ["content/sources/t.txt", { head: 1, tail: 3, below: 6 }[where], line]);
    });
  }

  test("keeps the story's closing credit to its reporters and editors, and removes the same credit above the story", () => {
    const credit = "Additional reporting by Jane Roe in Erbil; Editing by Sam Poe and John Doe";
    assert.deepEqual(kept(strip([...STORY, credit, ...FOOTER])), [...STORY, credit]);
    const above = strip(["(Reporting by Jane Roe; Editing by Sam Poe)", ...STORY]);
    assert.deepEqual([kept(above), rules(above)], [STORY, ["byline"]]);
  });

  test("a site's long blurb under an 'About us' heading, below the related links, neither stays nor draws the story down to it", () => {
    const related = ["Related articles", "Politics", "Budget talks resume in Erbil", "Economy", "Oil exports rise again", "Follow Us", "Latest news"];
    const teaser = "Written by: Jane Roe The council of Duhok voted to rebuild the covered market that burned down last spring. Traders...";
    const blurb = "Example Planet News is an independent online news source reporting on the environment, climate and sustainability from offices in Erbil and Duhok since 2012.";
    const clean = strip([...STORY, ...related, teaser, "ABOUT US", blurb, "Privacy Policy"]);
    assert.deepEqual(kept(clean), STORY);
    assert.ok(clean.removed.some((junk) => junk.rule === "site-blurb" && junk.text === blurb));
    // "About this" is no site's heading, nor a subhead "About Erbil" over a paragraph on something else: the story's paragraph stays.
    assert.deepEqual(kept(strip(["About this", ...STORY])), STORY);
    assert.deepEqual(kept(strip([STORY[0]!, "About Erbil", STORY[1]!])), [STORY[0], "About Erbil", STORY[1]]);
    const named = strip([...STORY, ...related, "About Example Planet News", blurb, "Privacy Policy"]);
    assert.deepEqual(kept(named), STORY);
  });

  test("a site's newsletter or subscription pitch goes even between the story's paragraphs; a newsletter's own issue keeps its word on itself", () => {
    const pitches = [
      "Example Newsletters deliver the regional news you know and trust, free to your inbox every morning.",
      "Need more news? Subscribe to our sister title for the latest from the region!",
    ];
    for (const pitch of pitches) assert.deepEqual(kept(strip([STORY[0]!, pitch, STORY[1]!])), STORY, pitch);
    const quote = "\"Subscribe to our channel and share the video,\" the traders told their followers on Tuesday.";
    assert.deepEqual(kept(strip([STORY[0]!, quote, STORY[1]!])), [STORY[0], quote, STORY[1]]);
    const ownWord = "You can also subscribe to this newsletter here — just tick the box for the morning briefing.";
    assert.deepEqual(kept(strip([STORY[0]!, ownWord, STORY[1]!])), [STORY[0], ownWord, STORY[1]]);
  });

  test("keeps a story's sentence about donations or orders in another language", () => {
    const lines = [...STORY, "Spenden für die Flutopfer kamen aus dem ganzen Land.", "Bestellen kann man das Buch ab Montag."];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("keeps a story's last paragraph that names a place as part of a region (a site's blurb needs chrome above it)", () => {
    const lines = [...STORY, "Kirkuk is part of the territories that both governments claim, and its status remains unresolved."];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("removes a gallery's caption, printed in full and cut short above its credit, and keeps the story under it", () => {
    const caption = "Engineers inspect the cracked arches of the old bridge over the Khabur river in Zakho, Tuesday, March 3, 2020. The bridge has been closed to lorries since the floods";
    const gallery = [caption + " le", caption.slice(0, 110) + " ... more", "Photo: Jane Roe, Example Wire", "Image 1 of 6"];
    const clean = strip([...gallery, ...STORY]);
    assert.deepEqual(kept(clean), STORY);
    assert.deepEqual(rules(clean), ["photo-caption", "photo-caption", "photo-credit", "gallery"]);
  });

  test("keeps a story paragraph that ends in an ellipsis and 'more' when no credit follows it", () => {
    const lines = [STORY[0]!, "Residents of the old quarter say they have waited years for roads, schools, clinics, water ... more", STORY[1]!];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("removes a masthead, bare names one under another under their desks, and keeps the story around it", () => {
    const masthead = ["Jane Roe", "Sam Poe", "Dara Aziz", "Operations", "Karwan Ali", "Shwan Omar", "Rory Vance"];
    const clean = strip([STORY[0]!, ...masthead, STORY[1]!]);
    assert.deepEqual(kept(clean), STORY);
    assert.deepEqual(rules(clean), masthead.map(() => "masthead"));
  });

  test("keeps bare names one under another when the story announces them with a colon", () => {
    const lines = [STORY[0]!, "The council's new members are:", "Jane Roe", "Sam Poe", "Dara Aziz", "Karwan Ali", "Shwan Omar", "Rory Vance", STORY[1]!];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("a menu's list under a colon above the story is not the story's own list", () => {
    const menu = ["Information:", "Weather in Duhok", "Exchange rates", "Feeds:", "Headlines feed", "Articles feed", "Photo feed"];
    const clean = strip([...menu, "Council votes to rebuild the covered market", ...STORY]);
    for (const line of menu) assert.ok(!kept(clean).includes(line), line);
  });

  test("takes a hover card out of the sentence that names its person, and records it with its line", () => {
    const clean = strip([STORY[0]!, "A man threatened Rep. Jane RoeJane RoeBakers raise the price of bread | Council votes again MORE (D-Ohio), prosecutors said.", STORY[1]!]);
    assert.deepEqual(kept(clean), [STORY[0]!, "A man threatened Rep. Jane Roe (D-Ohio), prosecutors said.", STORY[1]!]);
    assert.deepEqual(clean.removed.map((junk) => [junk.rule, junk.line]), [["hover-card", 2]]);
  });

  test("keeps a headline with a name or two in camel case (iPhone, McDonald)", () => {
    const lines = ["McDonald's and YouTube Sign a Deal Over iPhone Ads", ...STORY];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("keeps a short story sentence that resembles chrome only in part", () => {
    const lines = ["Share prices in Erbil fell sharply on Monday after the vote, traders said.", "Follow-up talks are planned.", ...STORY];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("keeps story lines that open on 'By' and mention a time, or end on 'by' a name after more than a date", () => {
    const lines = [STORY[0]!, "By Tuesday at 5:00 pm the crossing had reopened", "By the time the polls closed at 8:00 pm, turnout was high", "Finished on May 4, 1990 by Example Builders", STORY[1]!];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("removes teaser cards copied one per line, each headline glued to its summary", () => {
    const teasers = ["Bridge Repairs Close The River Road For A MonthDrivers heading north will have to take the old mountain road.", "Weather Forecast March 4, 2020 (This Morning)Some sunshine by the end of the day.", "School Buses Get New Routes In ZakhoThe transport office said the changes start on Monday."];
    const clean = strip([...teasers, ...STORY]);
    assert.deepEqual(kept(clean), STORY);
    assert.deepEqual(rules(clean), ["teaser", "teaser", "teaser"]);
  });

  test("keeps rows of results with names like O'Malley and McDowell", () => {
    const rows = ["291 Dara Aziz 72 76 74 69, Karwan Ali 70 79 73 69, Peter O'Malley (Erbil) 71 73 75 72, Sam McDowell 70 72 74 75", "292 Shwan Omar 71 75 75 71, Jo Poe 69 74 77 72, Rory O'Neill (Duhok) 70 75 75 72, Ian MacLeod 71 72 73 76"];
    assert.deepEqual(kept(strip([...STORY, ...rows])), [...STORY, ...rows]);
  });

  test("keeps story sentences with names written in camel case (YouTube, PowerPoint, McDonald's)", () => {
    const lines = ["Last year Microsoft PowerPoint and YouTube were used in every school in Erbil, the ministry said in its report.", "The New York Times YouTube channel showed the vote in Erbil, where the Kurdistan Education Ministry McDonald's Fund Report was read aloud.", ...STORY];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("keeps the story's last sentence about social networks when it asks no one to follow", () => {
    const lines = [...STORY, "The ministry said it would follow up on the rumours that spread on Facebook, Twitter and WhatsApp within an hour of the vote."];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("keeps the story's last sentence that dates a visit with \"on\" and its weekday", () => {
    const lines = [...STORY, "The minister spoke to shop owners during a campaign stop on Tuesday, Nov. 19, 2019, in Duhok."];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("removes a bio standing alone between share buttons and a box of links, though story-like text follows further down", () => {
    const bio = "Prize-winning journalist Jane Roe writes a daily blog appearing on example.com. Her business column appears in print every Sunday.";
    const teaser = "The region's biggest carrier announced on Wednesday a firm order for thirty new aircraft, worth nearly nine billion dollars at list prices.";
    const clean = strip([...STORY, "Share this article", bio, "More From Example News", "Business", teaser, "Contact Us"]);
    assert.ok(!kept(clean).includes(bio));
    assert.ok(clean.removed.some((junk) => junk.rule === "author-bio" && junk.text === bio));
  });

  test("removes a site's blurb standing alone between a box of links and \"More from …\", and keeps a story line between advertisements", () => {
    const blurb = "Example Weekly is where tomorrow is explained. It is the essential source of ideas for a changing region.";
    const clean = strip([...STORY, "Featured Video", blurb, "More From Example Weekly", "Subscribe", STORY[0]!.replace("Monday", "Tuesday")]);
    assert.ok(clean.removed.some((junk) => junk.rule === "site-blurb" && junk.text === blurb));
    const region = "Kirkuk is part of the territories that both governments claim, and its status remains unresolved.";
    assert.ok(kept(strip([STORY[0]!, "Advertisement", region, "Advertisement", STORY[1]!])).includes(region));
  });

  test("removes a bio's short copy in the author box above the story when its whole copy stands under it", () => {
    const bio = "I am a writer, journalist and teacher, not always in that order. I write about water, dams and the people who live by them.";
    const clean = strip(["Jane Roe", "Senior Contributor", bio.slice(0, 66), ...STORY, "Follow me on Twitter.", bio]);
    assert.deepEqual(kept(clean), STORY);
  });

  test("keeps story sentences about a photo that are no caption", () => {
    const lines = [...STORY, "The ministry said a photo of the meeting, taken by an aide, had been shared widely online before the talks."];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("keeps a story sentence about cookies", () => {
    const lines = ["Bakers in Erbil said they accept orders for cookies and cakes ahead of the holiday, despite the cost of flour.", ...STORY];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("a line that is only a known outlet's name, above the story, is chrome", () => {
    const rudaw = OutletIndex.fromRegistries({ actors: [], places: [], outlets: [{ name: "Rudaw", kind: "broadcaster", aliases: [], signatures: [] }] });
    const clean = captureThrough("strip-boilerplate", ["Rudaw", "Headline of the day here", ...STORY].join("\n"), { context: bareContext(undefined, undefined, rudaw) });
    assert.deepEqual(kept(clean), ["Headline of the day here", ...STORY]);
    assert.deepEqual(rules(clean), ["outlet-name-line"]);
  });

  test("keeps a title-case line inside the story, and typos as published", () => {
    const lines = ["Mlitary commanders met in Erbil on Monday to discuss the vote, a source told reporters.", "Statement by the Joint Operations Command", ...STORY];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("removes the whole comment form from 'Leave a Reply' to the end", () => {
    const clean = strip([...STORY, "Leave a Reply", "Fill in your details below or click an icon to log in:", "You are commenting using your Twitter account. Log Out / Change )", "Connecting to %s"]);
    assert.deepEqual(kept(clean), STORY);
    assert.deepEqual(new Set(rules(clean)), new Set(["comment-section"]));
  });

  test("removes a comment section that a count of its comments opens, however long the comments", () => {
    const comments = ["Art Edwards says:", "March 4, 2020 at 12:25 pm", "I was at the meeting in Erbil and the talks went on well past midnight, which nobody had expected of them.", "Reply"];
    const clean = strip([...STORY, "12 responses to “Budget talks end without a deal”", ...comments, ...comments, ...comments]);
    assert.deepEqual(kept(clean), STORY);
  });

  test("removes comments that start with two commenters over their dates, with no header", () => {
    const comment = (name: string) => [`${name} says:`, "March 4, 2020 at 12:25 pm", "I was at the meeting in Erbil and the talks went on well past midnight, which nobody had expected of them."];
    const clean = strip([...STORY, ...comment("Art Edwards"), ...comment("Dara"), ...comment("Jo Poe")]);
    assert.deepEqual(kept(clean), STORY);
  });

  test("removes comments whose commenters' lines carry their dates ('Jo Poe on March 4, 2020 at 12:25 pm said:'), replies and all", () => {
    const comment = (name: string) => [`${name} on March 4, 2020 at 12:25 pm said:`, "Hi Dara,", "I was at the meeting in Erbil and the talks went on well past midnight, which nobody had expected of them."];
    const clean = strip([...STORY, ...comment("Example | A Blog of Notes,"), ...comment("Art Edwards"), ...comment("Dara (Example Wire)")]);
    assert.deepEqual(kept(clean), STORY);
  });

  test("a comment count after the story's first paragraphs opens the comments; under the headline it is a link", () => {
    const story = [...STORY, "Negotiators will meet again in Erbil on Monday to settle the last questions of the budget, a spokesman said."];
    const comment = ["Dara Aziz", "2 days ago at 07:52 am", "I was at the meeting in Erbil and the talks went on well past midnight, which nobody expected.", "Rating: 36 Votes"];
    assert.deepEqual(kept(strip([...story, "[ 167 comments ]", "Top Rated Comments", ...comment, ...comment])), story);
    assert.deepEqual(kept(strip(["Budget talks end without a deal", "12 comments", ...story])), ["Budget talks end without a deal", ...story]);
  });

  test("an author's long bio in capitals just over the comments goes with them", () => {
    const bio = `JANE ROE has written for newspapers in three countries. ${"She lives in Erbil with her two cats and a great many books about the region. ".repeat(6)}`.trim();
    const clean = strip([...STORY, "Tags: Erbil, budget, talks", bio, "3 responses to “Budget talks end without a deal”", "Art Edwards says:", "March 4, 2020 at 12:25 pm", "Good piece on the talks in Erbil and what they mean for the budget."]);
    assert.deepEqual(kept(clean), STORY);
    assert.ok(rules(clean).includes("author-bio"));
  });

  test("a story that calls on readers to support a cause in a sentence keeps it", () => {
    const lines = [...STORY, "The group urged residents to support the Example Union's call for a new school before the winter term."];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("keeps a quotation that a 'says:' line introduces in the story", () => {
    const lines = [STORY[0]!, "The ministry's statement says:", "Both sides will meet again next week in Erbil to settle the remaining questions of the budget.", STORY[1]!];
    assert.deepEqual(kept(strip(lines)), lines);
  });

  test("removes a tweet's text when a paragraph already quotes it, and its attribution line", () => {
    const tweet = "There will be no unilateral negotiation with Baghdad by either party";
    const clean = strip([STORY[0]!, `"${tweet}," he said on Twitter.`, tweet, "— Hemin Hawrami (@heminhawrami) 15 октября 2017 г.", STORY[1]!]);
    assert.deepEqual(kept(clean), [STORY[0], `"${tweet}," he said on Twitter.`, STORY[1]]);
    assert.deepEqual(rules(clean), ["tweet-duplicate", "tweet-attribution"]);
  });

  test("keeps a tweet that no paragraph quotes", () => {
    const tweet = "The meeting in Dukan ended. Good news on reiterating our national unity in the face of all pressure.";
    const clean = strip([STORY[0]!, tweet, "— Someone (@someone) October 15, 2017", STORY[1]!]);
    assert.deepEqual(kept(clean), [STORY[0], tweet, STORY[1]]);
  });

  test("cuts an outlet's stamp off the lede and records it", () => {
    const clean = strip(["Shafaq News / Member of parliament Ali Hassan said on Wednesday that the two sides reached an agreement.", STORY[1]!]);
    assert.equal(kept(clean)[0], "Member of parliament Ali Hassan said on Wednesday that the two sides reached an agreement.");
    assert.deepEqual(clean.removed.map((junk) => [junk.rule, junk.text]), [["outlet-signature-prefix", "Shafaq News /"]]);
  });

  test("keeps an agency dateline in the lede, the story's first words, and notes it", () => {
    const lede = "ERBIL, Iraq (Reuters) - Kurdish leaders said on Monday they would hold talks with Baghdad next week.";
    const clean = strip([lede, STORY[1]!]);
    assert.deepEqual(kept(clean), [lede, STORY[1]]);
    assert.deepEqual(clean.removed, []);
    assert.deepEqual(clean.dateline, { line: 1, text: "ERBIL, Iraq (Reuters) -" });
  });

  test("notes an older agency dateline with its date", () => {
    const clean = strip(["BAGHDAD, Oct 16 (Reuters) - Iraqi forces took full control of the city of Kirkuk on Monday, officials said.", STORY[1]!]);
    assert.equal(clean.dateline?.text, "BAGHDAD, Oct 16 (Reuters) -");
  });

  test("never cuts 'KDP/ PUK' or a slash inside a sentence", () => {
    const line = "KDP/ PUK leaders met in Dukan on Sunday and agreed on a joint delegation to Baghdad.";
    assert.deepEqual(kept(strip([line, STORY[1]!])), [line, STORY[1]]);
  });

  test("drops a repeated paragraph once", () => {
    const clean = strip([...STORY, STORY[0]!]);
    assert.deepEqual(kept(clean), STORY);
    assert.deepEqual(rules(clean), ["repeated-paragraph"]);
  });

  test("takes a lede stamp off the paragraph, not off the line as read (later stages still see it there)", () => {
    const clean = captureThrough("strip-boilerplate", "Shafaq News / Member of parliament Ali Hassan said on Wednesday that the two sides agreed.");
    assert.equal(clean.lines[0]?.text, "Shafaq News / Member of parliament Ali Hassan said on Wednesday that the two sides agreed.");
    assert.equal(clean.paragraphs[0]?.text, "Member of parliament Ali Hassan said on Wednesday that the two sides agreed.");
  });

  test("lines the header cuts go first, recorded as maintainer-cut with their file line, and no later stage sees them", () => {
    const text = ["---", 'cut: ["5-6", "Win a trip to Erbil"]', "---", STORY[0], "Zakho weather 31 C", "Our partners: Example Bank", STORY[1], "Win a trip to Erbil"].join("\n");
    const clean = captureThrough("strip-boilerplate", text, { file: "content/sources/t.txt" });
    assert.deepEqual(kept(clean), STORY);
    assert.deepEqual(clean.removed.map((junk) => [junk.rule, junk.line, junk.text]), [
      ["maintainer-cut", 5, "Zakho weather 31 C"],
      ["maintainer-cut", 6, "Our partners: Example Bank"],
      ["maintainer-cut", 8, "Win a trip to Erbil"],
    ]);
    assert.deepEqual(clean.lines.map((line) => line.line), [4, 7]);
  });
});
