window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995321880012345671"
          ],
          "editableUntil" : "2026-12-01T17:05:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OSCEMC2026",
            "indices" : [
              "0",
              "0"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "OSCE",
            "screen_name" : "OSCE",
            "indices" : [
              "0",
              "0"
            ],
            "id_str" : "1000",
            "id" : "1000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "87",
      "id_str" : "1995321880012345671",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "1995321880012345671",
      "created_at" : "Wed Dec 02 08:12:44 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @OSCE: 🔴 LIVE on 3 December: the #OSCEMC2026 opens in Lugano. Watch here ➡️ https://t.co/Lg7xQp2Rk1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995012345678901234"
          ],
          "editableUntil" : "2026-12-01T17:05:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Georgia",
            "indices" : [
              "0",
              "0"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Maka Botchorishvili",
            "screen_name" : "MakaBotchorishvili",
            "indices" : [
              "0",
              "0"
            ],
            "id_str" : "1000",
            "id" : "1000"
          },
          {
            "name" : "Shalva Papuashvili",
            "screen_name" : "ShPapuashvili",
            "indices" : [
              "0",
              "0"
            ],
            "id_str" : "1001",
            "id" : "1001"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "251"
      ],
      "favorite_count" : "87",
      "id_str" : "1995012345678901234",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "1995012345678901234",
      "created_at" : "Tue Dec 01 16:05:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Today in Tbilisi I met Foreign Minister @MakaBotchorishvili and Speaker @ShPapuashvili. I raised the case of journalist Mzia Amaglobeli and urged the authorities to release her. Media freedom in #Georgia is at a critical point. https://t.co/Qm4TbL9zWe",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994650012398765432"
          ],
          "editableUntil" : "2026-12-01T17:05:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "165"
      ],
      "favorite_count" : "87",
      "id_str" : "1994650012398765432",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "1994650012398765432",
      "created_at" : "Mon Nov 30 18:40:02 +0000 2026",
      "favorited" : false,
      "full_text" : "2/2 My Office stands ready to continue its dialogue with the authorities in Baku on bringing media legislation in line with OSCE commitments. https://t.co/8VdKcXw2Pa",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1994649901234567890",
      "in_reply_to_status_id" : "1994649901234567890",
      "in_reply_to_user_id" : "1180",
      "in_reply_to_user_id_str" : "1180",
      "in_reply_to_screen_name" : "OSCE_RFoM"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994649901234567890"
          ],
          "editableUntil" : "2026-12-01T17:05:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Azerbaijan",
            "indices" : [
              "0",
              "0"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Abzas Media",
            "screen_name" : "AbzasMedia",
            "indices" : [
              "0",
              "0"
            ],
            "id_str" : "1000",
            "id" : "1000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "87",
      "id_str" : "1994649901234567890",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "1994649901234567890",
      "created_at" : "Mon Nov 30 18:39:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Deeply concerned by today’s sentencing in Baku of @AbzasMedia journalists to up to nine years in prison. Journalism is not a crime. I call on #Azerbaijan to release them. 1/2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993551200987654321"
          ],
          "editableUntil" : "2026-12-01T17:05:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "Moldova",
            "indices" : [
              "0",
              "0"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Parlamentul Republicii Moldova",
            "screen_name" : "parlament_md",
            "indices" : [
              "0",
              "0"
            ],
            "id_str" : "1000",
            "id" : "1000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "239"
      ],
      "favorite_count" : "87",
      "id_str" : "1993551200987654321",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "1993551200987654321",
      "created_at" : "Fri Nov 27 13:21:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Welcome the vote in #Moldova’s Parliament to fully decriminalise defamation – an important step I have long recommended. Looking forward to swift implementation &amp; to working with @parlament_md on the next steps. https://t.co/Zx81KpLm0q",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993190045612378901"
          ],
          "editableUntil" : "2026-12-01T17:05:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dana Kaliyeva",
            "screen_name" : "d_kaliyeva",
            "indices" : [
              "0",
              "0"
            ],
            "id_str" : "1000",
            "id" : "1000"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "70"
      ],
      "favorite_count" : "87",
      "id_str" : "1993190045612378901",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "1993190045612378901",
      "created_at" : "Thu Nov 26 09:02:17 +0000 2026",
      "favorited" : false,
      "full_text" : "@d_kaliyeva Thank you for flagging. We are following the case closely.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1993101122334455667",
      "in_reply_to_status_id" : "1993101122334455667",
      "in_reply_to_user_id" : "1180",
      "in_reply_to_user_id_str" : "1180",
      "in_reply_to_screen_name" : "d_kaliyeva"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1992811934521876543"
          ],
          "editableUntil" : "2026-12-01T17:05:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "217"
      ],
      "favorite_count" : "87",
      "id_str" : "1992811934521876543",
      "truncated" : false,
      "retweet_count" : "31",
      "id" : "1992811934521876543",
      "created_at" : "Wed Nov 25 11:47:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Productive meeting in Bishkek with Minister of Culture, Information &amp; Youth Policy Mairambek Baiyzbekov on the draft law on mass media. I offered my Office’s legal review of the draft before its second reading. 🇰🇬",
      "lang" : "en"
    }
  }
]
