package minitorrent.engine.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import minitorrent.bencode.BencodeDictionary;
import minitorrent.bencode.BencodeEncoder;
import minitorrent.bencode.BencodeList;
import minitorrent.bencode.BencodeString;
import minitorrent.bencode.BencodeValue;
import minitorrent.metainfo.Torrent;

/**
 * A .torrent file's bytes for a parsed torrent, so a session can keep the torrents it was given:
 * the original bytes of the info dictionary (re-encoding it could change the info hash) among
 * canonically encoded trackers, web seeds, comment, creator and date.
 */
public final class TorrentFileBytes {

    private TorrentFileBytes() {
    }

    public static byte[] of(Torrent torrent) {
        BencodeDictionary.Builder beforeInfo = BencodeDictionary.builder();
        List<List<String>> tiers = torrent.trackers();
        if (!tiers.isEmpty() && !tiers.get(0).isEmpty()) {
            beforeInfo.put("announce", tiers.get(0).get(0));
            beforeInfo.put("announce-list", listOfLists(tiers));
        }
        torrent.comment().ifPresent(comment -> beforeInfo.put("comment", comment));
        torrent.createdBy().ifPresent(creator -> beforeInfo.put("created by", creator));
        torrent.creationDate().ifPresent(date -> beforeInfo.put("creation date", date.getEpochSecond()));
        torrent.encoding().ifPresent(encoding -> beforeInfo.put("encoding", encoding));
        BencodeDictionary.Builder afterInfo = BencodeDictionary.builder();
        if (!torrent.webSeeds().isEmpty()) {
            afterInfo.put("url-list", new BencodeList(torrent.webSeeds().stream().<BencodeValue>map(BencodeString::of).toList()));
        }
        byte[] before = BencodeEncoder.encode(beforeInfo.build());
        byte[] after = BencodeEncoder.encode(afterInfo.build());
        ByteArrayOutputStream out = new ByteArrayOutputStream(before.length + torrent.infoBytes().length + after.length + 8);
        out.write(before, 0, before.length - 1); // "d...": without its closing "e"
        out.writeBytes("4:info".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(torrent.infoBytes());
        out.write(after, 1, after.length - 1); // "...e": without its opening "d"
        return out.toByteArray();
    }

    private static BencodeList listOfLists(List<List<String>> tiers) {
        return new BencodeList(tiers.stream()
                .<BencodeValue>map(tier -> new BencodeList(tier.stream().<BencodeValue>map(BencodeString::of).toList()))
                .toList());
    }
}
