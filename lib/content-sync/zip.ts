import { crc32, deflateRawSync } from "node:zlib";

/**
 * A zip archive of text files (PKWARE APPNOTE 6.3: deflated entries, UTF-8 names, no zip64), small enough
 * not to need a package. Entries carry a fixed date (1980-01-01), so the same files give the same bytes.
 */
export function zip(files: Map<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = Buffer.from(text, "utf8");
    const packed = deflateRawSync(data);
    // version needed 2.0, flag 11 (UTF-8 names), method 8 (deflate), DOS time 0, DOS date 1980-01-01
    const common = [20, 0x0800, 8, 0, 0x21, crc32(data), packed.length, data.length, nameBytes.length] as const;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, common);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeCommon(central, 6, common);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The fields local and central headers share, from version-needed to the name's length (extra length 0). */
function writeCommon(buffer: Buffer, at: number, [version, flags, method, time, date, crc, packed, size, nameLength]: readonly number[]) {
  buffer.writeUInt16LE(version!, at);
  buffer.writeUInt16LE(flags!, at + 2);
  buffer.writeUInt16LE(method!, at + 4);
  buffer.writeUInt16LE(time!, at + 6);
  buffer.writeUInt16LE(date!, at + 8);
  buffer.writeUInt32LE(crc!, at + 10);
  buffer.writeUInt32LE(packed!, at + 14);
  buffer.writeUInt32LE(size!, at + 18);
  buffer.writeUInt16LE(nameLength!, at + 22);
}
