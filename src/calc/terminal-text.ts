/**
 * Text from data files made safe to print in a terminal: every control character but newline and
 * tab (C0, DEL, C1: ESC and CSI start the codes that clear a screen or move the cursor; a carriage
 * return lets a line print over another) is written as its escape, `\u001b`. A JSON text stays
 * valid JSON: inside its strings the escape reads back as the same character.
 *
 *   terminalSafe('Abu\u001b[2J Dhabi') → 'Abu\\u001b[2J Dhabi'
 */
export function terminalSafe(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are the point.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (character) => {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}
