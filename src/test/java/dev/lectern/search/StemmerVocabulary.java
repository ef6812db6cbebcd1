package dev.lectern.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * A test vocabulary for the stemmer: English roots of every shape (short and long syllables,
 * double consonants, y after vowels and consonants, the algorithm's special prefixes and
 * exceptions) under every suffix the algorithm knows, plus pseudo-random words from a small
 * alphabet rich in y, e and doubled letters. Real or not, each word must stem alike in Java and
 * in the browser.
 */
final class StemmerVocabulary {
  private static final String[] ROOTS = ("""
      act add agree allow analy apply arrange art bake bat beauty behave bless bliss bore
      bounce box boy brief bring bulk buy call calm care caress carry cat cause ceas centr
      charm cheap chop class clean clear close coll comfort commun complet compute condit
      connect consider contain control cop correct cost cry cut dance day deal decid defin
      deliver depend describ design destroy determin develop differ digit direct discover
      dispos distinct divid doubl dream drop dry duty eas eat echo effect electr emphas employ
      enjoy equal escap event exact exceed excit exist expect experi explain express extend
      fail fair faith fall fast fear feed feel fill final fit fix flat fly follow form formal
      frequent friend fulfil gener gentl giv glad good govern grad grant great grow guard
      hand happ harm hat heat help hit hop hope hug hurry ident imag import improv includ
      indicat industr inform inning inspect instal intens interest invent iron join joy judg
      jump keep kid kill kind know labor lazy lead learn light like limit list live logic
      long loss lov luck mad mak manag mark marri mass matter mean measur meet memor mention
      merc mix mod mop motor mov nation natur need nerv norm not notic obey object observ
      occur offer open operat opt order organ origin own pain paint pass pat pay peac perfect
      perform person pin plan plant plaster play pleas plot point polit pop posit possess
      power practic prepar present press prevent pric print proceed produc profess program
      protect prov publ pull punish put quick quiet quot rain rais rat reach read real reason
      receiv record reduc refer reflect regul relat rel rely remain remov rent repeat report
      requir resolv respect rest result rich rid rob rot rub run sad sail satisf sav say scor
      search seem sell send sens serv set settl shap shin ship shop show sign silen simpl sin
      sing sit siz ski skill sky slip slow smil snap soft solv sort speak special spell spin
      spot stab star start stay step stop stor strength study stud succeed success suggest
      suppl suppos sure surpris swim tak talk tap teach tell tend test thank thin think tie
      tim tip tire top total touch trac trad trap travel treat trip trust try turn typ ugl
      understand unit univers us valu vary vis vot wait walk want war wash watch weak wear
      wed wet whip win wish won work worr wrap writ yell yield zip y ye yo ay oy ey uy
      abbey alley army arsen atlas bias cosmos andes howe news skis skies dying lying tying
      idly gently ugly early only singly sky outing canning herring earring kiwi emu ski
      """).trim().split("\\s+");
  private static final String[] SUFFIXES = ("""
      - s es 's s' ' ies ied ys yed ying ied ed eed eedly edly ing ingly ly er ers est ness
      ful fully fulness fulli less lessly lessli al ally alli ality aliti alities alize alism
      ation ations ational tional tion tions ator ators ative ive ively iveness ivity iviti
      able ably abli ability biliti bli ible ibly ance ence anci enci ancy ency ant ent ently
      entli ment ments ement ism ist ogist ogi ogy logi logy ical ically icate iciti ous ously
      ousli ousness ize izes ized izing izer izers ization ise ised y e ee le ll ion sion
      """).trim().split("\\s+");

  private StemmerVocabulary() {}

  static List<String> words() {
    TreeSet<String> words = new TreeSet<>();
    for (String root : ROOTS) {
      for (String suffix : SUFFIXES) {
        words.add(root + (suffix.equals("-") ? "" : suffix));
      }
      words.add(root + root.charAt(root.length() - 1) + "ed");
      words.add(root + root.charAt(root.length() - 1) + "ing");
      words.add("'" + root);
    }
    Random random = new Random(42);
    String alphabet = "aeiouyybcdlnrsttwxyeeY'";
    for (int i = 0; i < 8000; i++) {
      StringBuilder w = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int j = 0; j < length; j++) {
        w.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      words.add(w.toString().toLowerCase(java.util.Locale.ROOT));
    }
    return new ArrayList<>(words);
  }
}
